namespace AuthClients.Generator.Emitting;

/// <summary>Names shared by every emitter.</summary>
internal static class EmitConstants
{
    public const string GeneratedCode =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"AuthClients.Generator\", \"1.0\")]";

    public const string ExtensionDataName = "AdditionalProperties";

    /// <summary>The Core type whose presence says the project can run a generated session.</summary>
    public const string CoreDefinitionMetadataName = "AuthClients.Core.AuthClientDefinition`1";

    public static readonly string ExtensionDataType = Model.TypeModel.ExtensionData.FullName;
}
