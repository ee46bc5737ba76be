namespace TrainingSite.Core;

/// <summary>Marks the assembly, for the host's Razor part registration and for tests.</summary>
public static class CoreAssembly;
