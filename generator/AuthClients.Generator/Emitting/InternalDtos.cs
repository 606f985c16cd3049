using System.Linq;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Internal DTOs (a described auth's error body) are internal wherever they appear: the JSON
/// context's metadata for them, or for a list or map of them, cannot be public.
/// </summary>
internal static class InternalDtos
{
    public static bool Mentions(SpecModel spec, string typeName) =>
        spec.Dtos.Any(d => d.Internal && Names(typeName, "global::" + spec.Namespace + "." + d.Name));

    // The name as a whole type name: followed by nothing, '>', ',', '?' or ' ' (not a longer name).
    public static bool Names(string typeName, string dto)
    {
        for (var at = typeName.IndexOf(dto, System.StringComparison.Ordinal); at >= 0; at = typeName.IndexOf(dto, at + 1, System.StringComparison.Ordinal))
        {
            var end = at + dto.Length;
            if (end == typeName.Length || typeName[end] is '>' or ',' or '?' or ' ')
            {
                return true;
            }
        }

        return false;
    }
}
