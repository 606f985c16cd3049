using System.Linq;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// The C# expression that reads an <see cref="AccessPath"/> from a value: members joined by
/// <c>?.</c>, since an answer that breaks its schema can lack any of them (the caller turns a
/// null into a clear error).
/// </summary>
internal static class AccessPathCode
{
    public static string Read(string root, AccessPath path) =>
        path.IsWholeBody ? root : root + string.Concat(path.Steps.Select(s => "?." + s.Member));

    /// <summary>The value as text for a message or an error code (numbers in invariant culture).</summary>
    public static string ReadAsText(string root, AccessPath path) => path.ValueKind switch
    {
        TypeKind.String => Read(root, path),
        _ => "Text(" + Read(root, path) + ")",
    };

    /// <summary>The helper <see cref="ReadAsText"/> calls for numbers and booleans: null stays null (Convert.ToString would give "").</summary>
    public const string TextHelper =
        "private static string? Text(object? value) => value is null ? null : global::System.Convert.ToString(value, global::System.Globalization.CultureInfo.InvariantCulture);";
}
