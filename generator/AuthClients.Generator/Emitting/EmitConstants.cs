namespace AuthClients.Generator.Emitting;

/// <summary>Names shared by every emitter.</summary>
internal static class EmitConstants
{
    public const string GeneratedCode =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"AuthClients.Generator\", \"1.0\")]";

    public const string ExtensionDataName = "AdditionalProperties";

    public static readonly string ExtensionDataType = Model.TypeModel.ExtensionData.FullName;
}
