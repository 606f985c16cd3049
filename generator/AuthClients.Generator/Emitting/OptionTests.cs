using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Whether a credential's option is set, spelled once for the options' validation and the token
/// endpoint's choice of login, so the two never disagree: a secret counts as set when it is not
/// empty (a password may be spaces), any other text when it is not white space.
/// </summary>
internal static class OptionTests
{
    public static string IsSet(CredentialModel credential) => Test(credential, set: true);

    public static string IsMissing(CredentialModel credential) => Test(credential, set: false);

    private static string Test(CredentialModel credential, bool set)
    {
        var read = "options." + credential.OptionName;
        var not = set ? "!" : string.Empty;
        return credential.TypeName != "string" ? read + (set ? " is not null" : " is null")
            : credential.IsSecret ? not + "string.IsNullOrEmpty(" + read + ")" : not + "string.IsNullOrWhiteSpace(" + read + ")";
    }
}
