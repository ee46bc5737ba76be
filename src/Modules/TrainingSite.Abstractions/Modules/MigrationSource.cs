using System.Reflection;

namespace TrainingSite.Abstractions.Modules;

/// <summary>An assembly whose embedded resources hold SQL migration scripts, one folder per provider.</summary>
public sealed record MigrationSource(Assembly Assembly);
