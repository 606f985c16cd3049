namespace AuthClients.Benchmarks.Infrastructure;

/// <summary>The vendors' documented example bodies (as in the committed pacts), shared by the stand-in server and the deserialization benchmarks.</summary>
internal static class DocumentedBodies
{
    public const string FuseSession = """{"success":true,"role":"admin","administerable_community_ids":[9],"admin_group_permissions":["compliance_reporting"],"auth_tokens":{"jwt_token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln","user_authentication_token":{"authentication_token":"RVt-k4zQJRyMBx3L","updated_at":1728784853}}}""";

    public const string FuseUser = """{"id":1001}""";

    public const string FuseV4Token = """{"auth_token":"Rn26mdxAs1_jjzVt__ySga"}""";

    public const string SaymonToken = "\"a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d\"";

    public const string SaymonUser = """{"id":"5e21b752308c3c66d64e072c","login":"admin","group":null,"authenticationToken":null,"status":2,"eventFilter":[],"permissions":["manage-objects","manage-links"],"contacts":[]}""";

    public const string ResolveToken = """{"access_token":"6b2e0b1e-3f9a-4c6e-9d7a-0c1f5e2a9b10","token_type":"bearer","refresh_token":"0f8d7c6b-5a49-4382-9170-6e5d4c3b2a19","expires_in":43199,"scope":"read write trust","user":{"username":"demo@resolve.io"},"jti":"2c9a1d3e-4b5f-4a6b-8c7d-9e0f1a2b3c4d"}""";

    public const string ResolveUserDetail = """{"name":"Demo User","firstName":"Demo","lastName":"User","emailAddress":"demo@resolve.io","userType":"LOCAL","defaultOrg":"1:Demo Org","defaultSite":["\"1:Demo Org\":\"1:Demo Site\""],"lastLoginTime":"2026-11-24T10:00:00.000Z","group":"admin","orgPrivilegeMap":{}}""";

    public const string DatarheiFilesystems = """[{"name":"disk","type":"disk","mount":"/"},{"name":"mem","type":"mem","mount":"/memfs"}]""";

    /// <summary>A token pair as datarhei Core sends it; <paramref name="jwt"/> must expire late enough for a run.</summary>
    public static string DatarheiTokenPair(string jwt) => $$"""{"access_token":"{{jwt}}","refresh_token":"{{jwt}}"}""";
}
