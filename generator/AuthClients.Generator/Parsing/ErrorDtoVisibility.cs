using System.Collections.Generic;
using System.Linq;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// A described auth's error body is read by the package alone (its error reader turns it into
/// Core's <c>VendorError</c>; no exception carries the DTO), so its record is internal, unless
/// something public shows it: a public operation's parameter, body or answer, or another DTO's
/// property. Then it stays public, as the public member needs.
/// </summary>
internal static class ErrorDtoVisibility
{
    public static List<DtoModel> Apply(List<DtoModel> dtos, IReadOnlyList<OperationModel> operations, AuthModel? auth, string ns)
    {
        if (auth?.Errors is not { } errors)
        {
            return dtos;
        }

        var name = errors.DtoName;
        var publicOperations = operations.Where(o => o.MethodName != auth.LoginMethod && o.MethodName != auth.Refresh?.Method);
        var shown = publicOperations.SelectMany(o => o.Parameters.Select(p => p.Type).Concat(o.Body is null ? [] : o.Body.Fields.Select(f => f.Type).Append(o.Body.Type)).Append(o.Response.Type))
            .Concat(dtos.Where(d => d.Name != name).SelectMany(d => d.Properties.Select(p => p.Type)))
            .Any(t => t is not null && Emitting.InternalDtos.Names(t.FullName, errors.DtoFullName))
            || dtos.Any(d => d.BaseName == name);
        return shown ? dtos : dtos.Select(d => d.Name == name && "global::" + ns + "." + d.Name == errors.DtoFullName ? d with { Internal = true } : d).ToList();
    }
}
