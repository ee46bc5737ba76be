namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// Marks a page that acts on no single regional item but lists or creates them, filtered through
/// <see cref="IRegionalAccess.ScopeAsync"/>. The coverage test accepts an authoring or reports page that is either
/// an <see cref="IRegionalPage"/> or marked with this.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RegionalListAttribute : Attribute;
