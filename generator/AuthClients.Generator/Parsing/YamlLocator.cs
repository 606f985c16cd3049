using System;
using System.Collections.Generic;
using AuthClients.Generator.Diagnostics;
using AuthClients.Generator.Helpers;
using Microsoft.CodeAnalysis.Text;
using SharpYaml.Serialization;

namespace AuthClients.Generator.Parsing;

/// <summary>
/// Finds where a JSON pointer (as the OpenAPI reader reports errors, e.g.
/// <c>#/paths/~1api~1v5.0~1session/post</c>) sits in the spec text, so every diagnostic
/// carries the spec's file, line and column.
/// </summary>
internal sealed class YamlLocator
{
    private readonly string _filePath;
    private readonly YamlNode? _root;
    private readonly SourceText _text;

    public YamlLocator(string filePath, SourceText text, YamlNode? root)
    {
        _filePath = filePath;
        _text = text;
        _root = root;
    }

    /// <summary>The diagnostic for the deepest node along <paramref name="pointer"/> that exists.</summary>
    public DiagnosticInfo Diagnostic(string id, string? pointer, params string[] arguments)
    {
        var node = Find(pointer);
        var start = node is null ? 0 : Clamp(node.Start.Index);
        var end = node is null ? 0 : Clamp(Math.Max(node.End.Index, node.Start.Index));
        return At(id, start, end, arguments);
    }

    /// <summary>Does the document have a node at exactly <paramref name="pointer"/>? (The reader drops some keys, such as Swagger 2.0's consumes.)</summary>
    public bool Contains(string pointer)
    {
        var node = _root;
        foreach (var segment in Segments(pointer))
        {
            node = Child(node, segment);
            if (node is null)
            {
                return false;
            }
        }

        return node is not null;
    }

    /// <summary>The diagnostic for a character offset (YAML syntax errors carry one).</summary>
    public DiagnosticInfo At(string id, int start, int end, params string[] arguments)
    {
        var span = TextSpan.FromBounds(Clamp(start), Math.Max(Clamp(start), Clamp(end)));
        return new DiagnosticInfo(id, _filePath, span, _text.Lines.GetLinePositionSpan(span), arguments.ToEquatableArray());
    }

    /// <summary>
    /// The diagnostic at the first <c>$ref</c> whose target the message names: the reader's
    /// pointer for an unresolved reference does not lead to it.
    /// </summary>
    public DiagnosticInfo ReferenceDiagnostic(string id, string? pointer, string message, params string[] arguments)
    {
        var reference = FindReference(_root, message);
        if (reference is null)
        {
            return Diagnostic(id, pointer, arguments);
        }

        // Name the reference as written in the spec rather than quote the reader's sentence.
        var named = (string[])arguments.Clone();
        if (named.Length > 0 && reference is YamlScalarNode { Value: { } target })
        {
            named[0] = target;
        }

        return At(id, reference.Start.Index, reference.End.Index, named);
    }

    private static YamlNode? FindReference(YamlNode? node, string message)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var entry in mapping.Children)
                {
                    if (entry.Key is YamlScalarNode { Value: "$ref" } && entry.Value is YamlScalarNode target
                        && target.Value is { Length: > 0 } value
                        && message.IndexOf(value.Substring(value.LastIndexOf('/') + 1), StringComparison.Ordinal) >= 0)
                    {
                        return target;
                    }

                    if (FindReference(entry.Value, message) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (FindReference(child, message) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }

    private int Clamp(int index) => Math.Max(0, Math.Min(index, _text.Length));

    private YamlNode? Find(string? pointer)
    {
        var node = _root;
        if (node is null || string.IsNullOrEmpty(pointer))
        {
            return node;
        }

        foreach (var segment in Segments(pointer!))
        {
            var next = Child(node, segment);
            if (next is null)
            {
                return node;
            }

            node = next;
        }

        return node;
    }

    private static YamlNode? Child(YamlNode? node, string segment)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (var entry in mapping.Children)
            {
                if (entry.Key is YamlScalarNode key && key.Value == segment)
                {
                    return entry.Value;
                }
            }
        }
        else if (node is YamlSequenceNode sequence && int.TryParse(segment, out var index)
            && index >= 0 && index < sequence.Children.Count)
        {
            return sequence.Children[index];
        }

        return null;
    }

    private static IEnumerable<string> Segments(string pointer)
    {
        var trimmed = pointer.TrimStart('#').Trim('/');
        if (trimmed.Length == 0)
        {
            yield break;
        }

        foreach (var raw in trimmed.Split('/'))
        {
            yield return raw.Replace("~1", "/").Replace("~0", "~");
        }
    }
}
