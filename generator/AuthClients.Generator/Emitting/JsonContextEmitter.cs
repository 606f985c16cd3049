using System.Linq;
using System.Threading;
using AuthClients.Generator.Helpers;
using AuthClients.Generator.Model;

namespace AuthClients.Generator.Emitting;

/// <summary>
/// Emits a <c>JsonSerializerContext</c> whose metadata is written here with the public
/// <c>JsonMetadataServices</c> API: System.Text.Json's own generator cannot see the DTOs we
/// emit, and reflection is not AOT-safe. Init-only setters and the deserialization
/// constructor are reached through <c>UnsafeAccessor</c>, as System.Text.Json does itself.
/// </summary>
internal static class JsonContextEmitter
{
    private const string Metadata = "global::System.Text.Json.Serialization.Metadata";
    private const string Services = Metadata + ".JsonMetadataServices";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";

    public static string Emit(SpecModel spec, CancellationToken cancellationToken)
    {
        var entries = JsonTypeCatalog.Collect(spec);
        var context = spec.ContextName;
        var names = new JsonContextNames(context, entries, spec.Dtos);
        var w = new SourceWriter().FileHeader();
        w.Line("namespace " + spec.Namespace + ";");
        w.Line();
        w.Line("/// <summary>System.Text.Json metadata for every type of <see cref=\"" + spec.InterfaceName + "\"/>; no reflection needed.</summary>");
        w.Line(EmitConstants.GeneratedCode);
        w.Open("public sealed partial class " + context + " : global::System.Text.Json.Serialization.JsonSerializerContext, " + Metadata + ".IJsonTypeInfoResolver");
        w.Lines($$"""
            private static readonly {{Options}} s_defaultOptions = new()
            {
                DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            };

            /// <summary>The shared instance with the default options.</summary>
            public static {{context}} Default { get; } = new(new {{Options}}(s_defaultOptions));

            /// <summary>Creates a context over <paramref name="options"/> (it becomes their type resolver).</summary>
            public {{context}}({{Options}} options)
                : base(options)
            {
            }

            /// <inheritdoc />
            protected override {{Options}}? GeneratedSerializerOptions { get; } = s_defaultOptions;

            /// <summary>Refit settings that serialize with this context: what the generated client needs.</summary>
            public static global::Refit.RefitSettings CreateRefitSettings() => new()
            {
                ContentSerializer = new global::Refit.SystemTextJsonContentSerializer(Default.Options),
                Buffered = true,
            };

            /// <inheritdoc />
            public override {{Metadata}}.JsonTypeInfo? GetTypeInfo(global::System.Type type)
            {
                Options.TryGetTypeInfo(type, out var typeInfo);
                return typeInfo;
            }
            """);
        w.Line();
        w.Open(Metadata + ".JsonTypeInfo? " + Metadata + ".IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, " + Options + " options)");
        foreach (var entry in entries)
        {
            w.Open("if (type == typeof(" + entry.TypeName + "))");
            w.Line("return " + names.Factory(entry.TypeName) + "(options);");
            w.Close();
        }

        w.Line("return null;");
        w.Close();
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Line();
            w.Line("/// <summary>Metadata for <c>" + DocComment.Inline(entry.TypeName) + "</c>.</summary>");
            w.Line((InternalDtos.Mentions(spec, entry.TypeName) ? "internal " : "public ") + Metadata + ".JsonTypeInfo<" + entry.TypeName + "> " + names.Member(entry.TypeName));
            w.Line("    => (" + Metadata + ".JsonTypeInfo<" + entry.TypeName + ">)Options.GetTypeInfo(typeof(" + entry.TypeName + "));");
            w.Line();
            EmitFactory(w, spec, names, entry);
        }

        if (spec.Dtos.Any(d => !UnionJsonEmitter.HasConverter(d)))
        {
            w.Line();
            EmitMetadataHelpers(w);
        }

        if (spec.Dtos.Any(UnionJsonEmitter.HasConverter))
        {
            w.Line();
            UnionJsonEmitter.EmitHelpers(w);
        }

        if (spec.Dtos.Any(d => d.Variant is not null))
        {
            w.Line();
            UnionJsonEmitter.EmitMergedConverter(w);
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitFactory(SourceWriter w, SpecModel spec, JsonContextNames names, JsonTypeEntry entry)
    {
        var info = Metadata + ".JsonTypeInfo<" + entry.TypeName + ">";
        w.Open("private " + info + " " + names.Factory(entry.TypeName) + "(" + Options + " options)");
        if (entry.IsNullableValue)
        {
            w.Line("var info = " + Services + ".CreateValueInfo<" + entry.TypeName + ">(options, " + Services + ".GetNullableConverter<" + entry.Type.FullName + ">(options));");
        }
        else
        {
            switch (entry.Type.Kind)
            {
                case TypeKind.Dto when UnionJsonEmitter.IsUnknownRecord(spec, entry.TypeName):
                    UnionJsonEmitter.EmitUnknownInfo(w, entry.TypeName);
                    break;
                case TypeKind.Dto when UnionJsonEmitter.HasConverter(DtoOf(spec, entry)):
                    UnionJsonEmitter.EmitInfo(w, names, DtoOf(spec, entry), entry.TypeName);
                    break;
                case TypeKind.Dto when DtoOf(spec, entry).Variant is { } variant:
                    // The object's own fields through its object metadata, its variant through the union's.
                    EmitObjectInfo(w, names, DtoOf(spec, entry), entry.TypeName, "own");
                    w.Line("var info = " + Services + ".CreateValueInfo<" + entry.TypeName + ">(options, new " + UnionJsonEmitter.MergedConverter + "<" + entry.TypeName + ", " + variant.Type.FullName + ">(own, static value => value."
                        + variant.Name + ", static (value, variant) => " + names.AccessorsClass(DtoOf(spec, entry).Name) + ".Set" + variant.Name + "(value, variant)));");
                    break;
                case TypeKind.Dto:
                    EmitObjectInfo(w, names, DtoOf(spec, entry), entry.TypeName, "info");
                    break;
                case TypeKind.List:
                    w.Line("var info = " + Services + ".CreateIEnumerableInfo<" + entry.TypeName + ", " + entry.Type.Element!.FullName + ">(options, new " + Metadata + ".JsonCollectionInfoValues<" + entry.TypeName + ">());");
                    break;
                case TypeKind.Dictionary:
                    // System.Text.Json fills a Dictionary for the read-only interface itself.
                    w.Line("var info = " + Services + ".CreateIReadOnlyDictionaryInfo<" + entry.TypeName + ", string, " + entry.Type.Element!.FullName + ">(options, new " + Metadata + ".JsonCollectionInfoValues<" + entry.TypeName + ">());");
                    break;
                case TypeKind.ExtensionData:
                    w.Line("var info = " + Services + ".CreateIDictionaryInfo<" + entry.TypeName + ", string, global::System.Text.Json.JsonElement>(options, new " + Metadata + ".JsonCollectionInfoValues<" + entry.TypeName + ">");
                    w.Line("{");
                    w.Line("    ObjectCreator = static () => new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(),");
                    w.Line("});");
                    break;
                case TypeKind.Bytes:
                    w.Line("var info = " + Services + ".CreateValueInfo<" + entry.TypeName + ">(options, " + Services + ".ByteArrayConverter);");
                    break;
                default:
                    w.Line("var info = " + Services + ".CreateValueInfo<" + entry.TypeName + ">(options, " + Services + "." + entry.Type.Kind + "Converter);");
                    break;
            }
        }

        w.Line("info.OriginatingResolver = this;");
        w.Line("return info;");
        w.Close();
        if (UnionJsonEmitter.IsUnknownRecord(spec, entry.TypeName))
        {
            // Its converter is shared (emitted with the union helpers).
        }
        else if (!entry.IsNullableValue && entry.Type.Kind == TypeKind.Dto && UnionJsonEmitter.HasConverter(DtoOf(spec, entry)))
        {
            UnionJsonEmitter.EmitConverter(w, spec, names, DtoOf(spec, entry), entry.TypeName);
        }
        else if (!entry.IsNullableValue && entry.Type.Kind == TypeKind.Dto)
        {
            EmitObjectHelpers(w, spec, names, DtoOf(spec, entry), entry.TypeName);
        }
    }

    private static DtoModel DtoOf(SpecModel spec, JsonTypeEntry entry) =>
        spec.Dtos.First(d => entry.TypeName.EndsWith("." + d.Name, System.StringComparison.Ordinal));

    // The properties go as a method group: a lambda capturing options here would be a closure
    // class per record, which a large client's build pays for (ObjectInfo below makes the one).
    private static void EmitObjectInfo(SourceWriter w, JsonContextNames names, DtoModel dto, string type, string variable) =>
        w.Line("var " + variable + " = " + JsonContextNames.ObjectInfoHelper + "<" + type + ">(options, " + names.AccessorsClass(dto.Name) + ".Create, " + names.PropertiesMethod(dto.Name) + ");");

    private static void EmitObjectHelpers(SourceWriter w, SpecModel spec, JsonContextNames names, DtoModel dto, string type)
    {
        w.Line();
        w.Open("private static " + Metadata + ".JsonPropertyInfo[] " + names.PropertiesMethod(dto.Name) + "(" + Options + " options)");
        var discriminator = UnionJsonEmitter.DiscriminatorProperty(spec, dto, type).ToList();
        w.Line("var properties = new " + Metadata + ".JsonPropertyInfo[" + (dto.Properties.Count + discriminator.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
        w.Line("var declaringType = typeof(" + type + ");");
        var index = 0;
        foreach (var property in discriminator)
        {
            // First, where servers that need it first look for it; read-only, so reading skips it.
            w.Line("properties[" + (index++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "] = " + property + ";");
        }

        foreach (var property in dto.Properties)
        {
            EmitProperty(w, names.AccessorsClass(dto.Name), type, index++, property.Name, property.WireName, property.Type.Render(property.Nullable), property.Nullable, property.Required, extensionData: false);
        }

        EmitProperty(w, names.AccessorsClass(dto.Name), type, index, EmitConstants.ExtensionDataName, EmitConstants.ExtensionDataName, EmitConstants.ExtensionDataType + "?", nullable: true, required: false, extensionData: true);
        w.Line("return properties;");
        w.Close();
        w.Line();
        EmitAccessors(w, names.AccessorsClass(dto.Name), dto, type);
    }

    private static void EmitProperty(SourceWriter w, string accessors, string declaringType, int index, string name, string wireName, string propertyType, bool nullable, bool required, bool extensionData)
    {
        // One line per property: the values every property shares live in PropertyInfo below. The
        // declaring type is an argument, not a type argument: one generic instantiation per
        // (record, property type) pair cost a consumer's build a second on 300 operations.
        w.Line("properties[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] = " + JsonContextNames.PropertyInfoHelper + "<" + propertyType + ">(options, declaringType, "
            + Identifiers.Literal(name) + ", " + Identifiers.Literal(wireName) + ", "
            + "static obj => ((" + declaringType + ")obj)." + name + ", "
            + "static (obj, value) => " + accessors + ".Set" + name + "((" + declaringType + ")obj, value!), "
            + (nullable ? "true" : "false") + ", " + (required ? "true" : "false") + (extensionData ? ", extensionData: true" : string.Empty) + ");");
    }

    /// <summary>
    /// The one place object and property metadata are built. Required properties fail at parse
    /// time with a JsonException naming them, not later as a NullReferenceException in the
    /// caller's code.
    /// </summary>
    private static void EmitMetadataHelpers(SourceWriter w) => w.Lines($$"""
        private static {{Metadata}}.JsonTypeInfo<T> {{JsonContextNames.ObjectInfoHelper}}<T>(
            {{Options}} options,
            global::System.Func<T> create,
            global::System.Func<{{Options}}, {{Metadata}}.JsonPropertyInfo[]> properties)
            where T : notnull
            => {{Services}}.CreateObjectInfo<T>(options, new {{Metadata}}.JsonObjectInfoValues<T>
            {
                ObjectCreator = create,
                PropertyMetadataInitializer = _ => properties(options),
            });

        private static {{Metadata}}.JsonPropertyInfo {{JsonContextNames.PropertyInfoHelper}}<TValue>(
            {{Options}} options,
            global::System.Type declaringType,
            string name,
            string wireName,
            global::System.Func<object, TValue> getter,
            global::System.Action<object, TValue?> setter,
            bool skipNull,
            bool required,
            bool extensionData = false)
        {
            var info = {{Services}}.CreatePropertyInfo<TValue>(options, new {{Metadata}}.JsonPropertyInfoValues<TValue>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = declaringType,
                Getter = getter,
                Setter = setter,
                IgnoreCondition = skipNull ? global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull : null,
                IsExtensionData = extensionData,
                PropertyName = name,
                JsonPropertyName = wireName,
            });
            info.IsRequired = required;
            return info;
        }
        """);

    private static void EmitAccessors(SourceWriter w, string accessors, DtoModel dto, string declaringType)
    {
        // The constructor too: called from C#, it would ask for the required members, which the
        // JSON metadata checks against the payload instead.
        w.Line("// Init-only setters and the constructor, reached without reflection.");
        w.Open("private static class " + accessors);
        w.Line("[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Constructor)]");
        w.Line("public static extern " + declaringType + " Create();");
        foreach (var property in dto.Properties)
        {
            EmitSetter(w, declaringType, property.Name, property.Type.Render(property.Nullable));
        }

        if (dto.Variant is { } variant)
        {
            EmitSetter(w, declaringType, variant.Name, variant.Type.FullName);
        }

        EmitSetter(w, declaringType, EmitConstants.ExtensionDataName, EmitConstants.ExtensionDataType + "?");
        w.Close();
    }

    private static void EmitSetter(SourceWriter w, string declaringType, string name, string type)
    {
        w.Line();
        w.Line("[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = " + Identifiers.Literal("set_" + name) + ")]");
        w.Line("public static extern void Set" + name + "(" + declaringType + " obj, " + type + " value);");
    }
}
