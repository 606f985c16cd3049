using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;
using AuthClients.Generator.Parsing;
using AuthClients.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace AuthClients.Generator.Tests;

/// <summary>
/// The facts of the Fuse v5 document the client depends on. When someone edits the spec so
/// one of them no longer holds, these fail with a sentence saying which.
/// </summary>
public sealed class FuseSpecPinsTests
{
    private static readonly SpecModel Model = Parse("fuse-universal.v5.yaml");

    [Fact]
    public void The_token_is_read_from_auth_tokens_user_authentication_token_authentication_token()
    {
        WirePath("FuseSession", "auth_tokens", "user_authentication_token", "authentication_token")
            .ShouldBeTrue("The Fuse v5 spec no longer has auth_tokens.user_authentication_token.authentication_token, "
                + "the path the Fuse doc gives for the token (FuseSessionPolicy reads it there).");
    }

    [Fact]
    public void The_session_call_is_POST_api_v5_0_session()
    {
        Model.Operations.ShouldContain(o => o.HttpMethod == "post" && o.Path == "/api/v5.0/session",
            "The Fuse v5 spec must keep POST /api/v5.0/session, the documented login.");
    }

    [Fact]
    public void The_error_body_has_success_and_errors_base()
    {
        WirePath("FuseErrorBody", "errors", "base").ShouldBeTrue(
            "The Fuse v5 spec must keep the documented error body {\"success\": false, \"errors\": {\"base\": ...}}.");
    }

    private static bool WirePath(string dtoName, params string[] wireNames)
    {
        var dto = Model.Dtos.SingleOrDefault(d => d.Name == dtoName);
        for (var i = 0; dto is not null && i < wireNames.Length; i++)
        {
            var property = dto.Properties.SingleOrDefault(p => p.WireName == wireNames[i]);
            if (property is null)
            {
                return false;
            }

            if (i == wireNames.Length - 1)
            {
                return true;
            }

            dto = Model.Dtos.SingleOrDefault(d => property.Type.FullName.EndsWith("." + d.Name, StringComparison.Ordinal));
        }

        return false;
    }

    private static SpecModel Parse(string spec)
    {
        var path = RepoPaths.Spec(spec);
        var result = SpecParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);
        result.Diagnostics.ShouldBeEmpty();
        return result.Model.ShouldNotBeNull();
    }
}
