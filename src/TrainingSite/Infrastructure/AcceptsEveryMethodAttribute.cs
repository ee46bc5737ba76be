namespace TrainingSite.Infrastructure;

/// <summary>
/// A page whose route takes every HTTP method (see <see cref="PageHttpMethodsConvention"/>); asked for directly with
/// a method it has no handler for, <see cref="UnmatchedHandlerFilter"/> still answers 405 with <c>Allow</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AcceptsEveryMethodAttribute : Attribute;
