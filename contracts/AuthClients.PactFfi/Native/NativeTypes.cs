using System.Runtime.InteropServices;

namespace AuthClients.PactFfi.Native;

/// <summary>The engine's <c>PactHandle</c>: a by-value struct holding a 16-bit reference.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct PactHandle(ushort Reference);

/// <summary>The engine's <c>InteractionHandle</c>: a by-value struct holding a 32-bit reference.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct InteractionHandle(uint Reference);

/// <summary>The engine's <c>PactSpecification</c> enum (C int).</summary>
internal enum PactSpecification
{
    Unknown = 0,
    V1 = 1,
    V1_1 = 2,
    V2 = 3,
    V3 = 4,
    V4 = 5,
}

/// <summary>The engine's <c>InteractionPart</c> enum (C int).</summary>
internal enum InteractionPart
{
    Request = 0,
    Response = 1,
}
