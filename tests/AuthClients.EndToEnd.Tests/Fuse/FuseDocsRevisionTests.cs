using System.Text.Json;
using AuthClients.Fuse;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>
/// A later revision of Fuse's page adds is_manager, terms_and_conditions_accepted,
/// password_change_required, terms_and_conditions, password_requirements and a top-level
/// jwt_token to the session response. A client built from today's spec must still read it.
/// </summary>
public sealed class FuseDocsRevisionTests
{
    private const string LaterRevisionResponse = """
        {
          "success": true,
          "role": "admin",
          "is_manager": true,
          "terms_and_conditions_accepted": true,
          "password_change_required": false,
          "terms_and_conditions": {"version": 3},
          "password_requirements": {"min_length": 12},
          "administerable_community_ids": [9, 10, 11],
          "admin_group_permissions": ["compliance_reporting"],
          "jwt_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln",
          "auth_tokens": {
            "jwt_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln",
            "user_authentication_token": {"authentication_token": "RVt-k4zQJRyMBx3L", "updated_at": 1728784853}
          }
        }
        """;

    [Fact]
    public void Todays_client_reads_the_later_revision_and_keeps_the_new_fields()
    {
        var session = JsonSerializer.Deserialize(LaterRevisionResponse, FuseV5JsonContext.Default.FuseSession)!;

        session.AuthTokens.UserAuthenticationToken.AuthenticationToken.ShouldBe("RVt-k4zQJRyMBx3L");
        session.AdditionalProperties!.Keys.ShouldBe(
            ["is_manager", "terms_and_conditions_accepted", "password_change_required", "terms_and_conditions", "password_requirements", "jwt_token"],
            ignoreOrder: true);
        session.AdditionalProperties["is_manager"].GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Unknown_fields_survive_a_round_trip()
    {
        var session = JsonSerializer.Deserialize(LaterRevisionResponse, FuseV5JsonContext.Default.FuseSession)!;

        var written = JsonSerializer.Serialize(session, FuseV5JsonContext.Default.FuseSession);

        written.ShouldContain("\"password_change_required\":false");
        written.ShouldContain("\"is_manager\":true");
    }
}
