using System.Text.Json;
using AuthClients.Fuse;

namespace AuthClients.EndToEnd.Tests.Fuse;

/// <summary>
/// The current revision of Fuse's page (read 2026-12-04) adds is_manager,
/// terms_and_conditions_accepted, password_change_required, terms_and_conditions,
/// password_requirements and a top-level jwt_token to the session response: the spec types
/// them. A field no revision has shown yet must still survive, so a later page change never
/// breaks a client built today.
/// </summary>
public sealed class FuseDocsRevisionTests
{
    private const string CurrentRevisionResponse = """
        {
          "success": true,
          "role": "admin",
          "administerable_community_ids": [9, 10, 11],
          "admin_group_permissions": ["compliance_reporting"],
          "is_manager": true,
          "terms_and_conditions_accepted": true,
          "password_change_required": false,
          "terms_and_conditions": null,
          "password_requirements": {"min_length": 12},
          "jwt_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln",
          "auth_tokens": {
            "jwt_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln",
            "user_authentication_token": {"authentication_token": "RVt-k4zQJRyMBx3L", "updated_at": 1728784853}
          },
          "a_field_of_a_later_revision": {"anything": [1, 2]}
        }
        """;

    [Fact]
    public void The_current_revisions_fields_are_typed()
    {
        var session = JsonSerializer.Deserialize(CurrentRevisionResponse, FuseV5JsonContext.Default.FuseSession)!;

        session.AuthTokens.UserAuthenticationToken.AuthenticationToken.ShouldBe("RVt-k4zQJRyMBx3L");
        session.IsManager.ShouldBe(true);
        session.TermsAndConditionsAccepted.ShouldBe(true);
        session.PasswordChangeRequired.ShouldBe(false);
        session.JwtToken.ShouldBe("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln");
        session.PasswordRequirements.ShouldNotBeNull().GetProperty("min_length").GetInt32().ShouldBe(12);
        session.AdditionalProperties!.Keys.ShouldBe(["a_field_of_a_later_revision"]);
    }

    [Fact]
    public void The_top_level_jwt_is_masked_like_every_token()
    {
        var session = JsonSerializer.Deserialize(CurrentRevisionResponse, FuseV5JsonContext.Default.FuseSession)!;

        session.ToString().ShouldNotContain("c2ln");
    }

    [Fact]
    public void Unknown_fields_survive_a_round_trip()
    {
        var session = JsonSerializer.Deserialize(CurrentRevisionResponse, FuseV5JsonContext.Default.FuseSession)!;

        var written = JsonSerializer.Serialize(session, FuseV5JsonContext.Default.FuseSession);

        written.ShouldContain("\"a_field_of_a_later_revision\":{\"anything\":[1,2]}");
        written.ShouldContain("\"password_change_required\":false");
    }
}
