using System.Collections.Generic;
using System.Globalization;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Every name the JSON context declares, allocated in one scope so that none is declared twice
/// (CS0102) or equals the context's own name (CS0542), whatever the spec calls its schemas: a
/// schema named <c>ResponseProperties</c> beside one named <c>Response</c>, or one named
/// <c>Default</c>, <c>Options</c> or <c>PropertyInfo</c>. A clash is resolved by numbering the
/// later name; the metadata members keep the type's name wherever it is free, because users
/// read them (<c>FuseV5JsonContext.Default.FuseSession</c>).
/// </summary>
internal sealed class JsonContextNames
{
    /// <summary>The name of the shared property-metadata helper the context declares.</summary>
    public const string PropertyInfoHelper = "PropertyInfo";

    /// <summary>The name of the shared object-metadata helper the context declares.</summary>
    public const string ObjectInfoHelper = "ObjectInfo";

    private readonly HashSet<string> _used;
    private readonly Dictionary<string, string> _members = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, (string Properties, string Accessors)> _helpers = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _converters = new(System.StringComparer.Ordinal);

    public JsonContextNames(string contextName, IEnumerable<JsonTypeEntry> entries, IEnumerable<DtoModel> dtos)
    {
        // What the context declares itself or inherits from JsonSerializerContext and object.
        _used = new HashSet<string>(System.StringComparer.Ordinal)
        {
            contextName, "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "CreateRefitSettings",
            PropertyInfoHelper, ObjectInfoHelper, UnionJsonEmitter.TryRead, UnionJsonEmitter.Write, UnionJsonEmitter.DiscriminatorOf, UnionJsonEmitter.UnknownConverter, "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
        };

        // Metadata members first: they are the public part, so they get the plain names.
        foreach (var entry in entries)
        {
            _members[entry.TypeName] = Allocate(entry.MemberName);
        }

        foreach (var dto in dtos)
        {
            if (UnionJsonEmitter.HasConverter(dto))
            {
                _converters[dto.Name] = Allocate(dto.Name + "Converter");
            }
            else
            {
                _helpers[dto.Name] = (Allocate(dto.Name + "Properties"), Allocate(dto.Name + "Accessors"));
            }
        }
    }

    /// <summary>The public metadata member for the type <paramref name="typeName"/>.</summary>
    public string Member(string typeName) => _members[typeName];

    /// <summary>The private factory behind <see cref="Member"/>; unique because members are.</summary>
    public string Factory(string typeName) => "Create_" + _members[typeName];

    /// <summary>The method that builds the property metadata of the DTO <paramref name="dtoName"/>.</summary>
    public string PropertiesMethod(string dtoName) => _helpers[dtoName].Properties;

    /// <summary>The nested converter class of the union or record hierarchy <paramref name="dtoName"/>.</summary>
    public string Converter(string dtoName) => _converters[dtoName];

    /// <summary>The nested class holding the DTO's <c>UnsafeAccessor</c> methods.</summary>
    public string AccessorsClass(string dtoName) => _helpers[dtoName].Accessors;

    private string Allocate(string name)
    {
        var candidate = name;
        for (var i = 2; !_used.Add(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
