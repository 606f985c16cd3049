using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Keeps the login and refresh calls of a described auth off the public interface: a user
/// who called one would get a login the session knows nothing of. They go on an internal
/// <c>I&lt;Client&gt;AuthApi</c> with its own implementation (registered with Refit by its
/// module initializer, as the public one is), written by the same emitters over the auth
/// operations; only the JSON context stays the client's one.
/// </summary>
internal static class AuthApiEmitter
{
    public static string InterfaceName(SpecModel spec) => "I" + AuthClientName(spec) + "Api";

    /// <summary>The spec without its login and refresh operations: what the public interface declares.</summary>
    public static SpecModel PublicPart(SpecModel spec, AuthModel auth) =>
        spec with { Operations = spec.Operations.Where(o => !IsAuthOperation(o, auth)).ToEquatableArray() };

    public static string EmitInterface(SpecModel spec, AuthModel auth, CancellationToken cancellationToken)
    {
        var text = RefitInterfaceEmitter.Emit(AuthPart(spec, auth), cancellationToken);
        return OwnContext(spec, text).Replace("public partial interface " + InterfaceName(spec), "internal partial interface " + InterfaceName(spec));
    }

    public static string EmitImplementation(SpecModel spec, AuthModel auth, CancellationToken cancellationToken) =>
        OwnContext(spec, RefitImplementationEmitter.Emit(AuthPart(spec, auth), cancellationToken));

    private static string AuthClientName(SpecModel spec) => spec.ClientName + "Auth";

    private static bool IsAuthOperation(OperationModel operation, AuthModel auth) =>
        operation.MethodName == auth.LoginMethod || operation.MethodName == auth.Refresh?.Method;

    private static SpecModel AuthPart(SpecModel spec, AuthModel auth) => spec with
    {
        ClientName = AuthClientName(spec),
        Operations = spec.Operations.Where(o => IsAuthOperation(o, auth)).ToEquatableArray(),
    };

    // The emitters name the JSON context after the client; the auth part has no context of its own.
    private static string OwnContext(SpecModel spec, string text) =>
        text.Replace(AuthClientName(spec) + "JsonContext", spec.ContextName);
}
