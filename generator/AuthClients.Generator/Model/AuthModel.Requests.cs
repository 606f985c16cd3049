using AuthClients.Generator.Helpers;

namespace AuthClients.Generator.Model;

/// <summary>What the login request sends besides the credentials, and which error codes refuse it.</summary>
internal sealed partial record AuthModel
{
    /// <summary>Fixed values the login sends (<c>constants</c>; an oauth2 password flow's <c>grant_type=password</c>).</summary>
    public EquatableArray<ConstantModel> LoginConstants { get; init; }

    /// <summary>
    /// The <c>errors.code</c> values that make a login answer a refused login, whatever its
    /// status (<c>errors.refusedLogin</c>; RFC 6749's invalid_grant, invalid_client and
    /// unauthorized_client for an oauth2 password flow). A 401 or 403 is a refusal besides.
    /// </summary>
    public EquatableArray<string> LoginRefusedCodes { get; init; }
}

/// <summary>What the refresh request sends besides the refresh token, and which error codes refuse it.</summary>
internal sealed partial record RefreshModel
{
    /// <summary>Fixed values the refresh sends (<c>refresh.constants</c>; oauth2's <c>grant_type=refresh_token</c>).</summary>
    public EquatableArray<ConstantModel> Constants { get; init; }

    /// <summary>Login options the refresh sends too (<c>refresh.credentials</c>; oauth2's client_id and client_secret).</summary>
    public EquatableArray<CredentialModel> Credentials { get; init; }

    /// <summary>
    /// The <c>errors.code</c> values that refuse the refresh token (<c>errors.refusedRefresh</c>;
    /// oauth2: invalid_grant), so the session logs in again; a 400, 401 or 403 does besides.
    /// </summary>
    public EquatableArray<string> RefusedCodes { get; init; }
}

/// <summary>
/// A value the request always sends: <see cref="Member"/> of the body DTO (or the method's
/// parameter) set to <see cref="Literal"/>, a C# literal of the member's type.
/// </summary>
internal sealed record ConstantModel(CredentialTarget Target, string Member, string Literal);
