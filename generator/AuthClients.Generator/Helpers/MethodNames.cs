using System.Text;

namespace AuthClients.Generator.Helpers;

/// <summary>Names a method after its route when the spec gives no operationId.</summary>
internal static class MethodNames
{
    /// <summary>
    /// <c>GET /users/{id}/posts</c> becomes <c>GetUsersByIdPosts</c>: the verb, then each path
    /// segment, parameters introduced by "By" so that <c>/users</c> and <c>/users/{id}</c> differ.
    /// </summary>
    public static string FromRoute(string method, string path)
    {
        var builder = new StringBuilder(Identifiers.ToPascalCase(method.ToLowerInvariant()));
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            var isParameter = segment.StartsWith("{", System.StringComparison.Ordinal) && segment.EndsWith("}", System.StringComparison.Ordinal);
            var word = Identifiers.ToPascalCase(isParameter ? segment.Substring(1, segment.Length - 2) : segment);
            builder.Append(isParameter ? "By" : string.Empty).Append(word.TrimStart('_'));
        }

        return builder.ToString();
    }
}
