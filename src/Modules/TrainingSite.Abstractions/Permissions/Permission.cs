using System.Diagnostics.CodeAnalysis;

namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// A named permission declared by the module that owns it. Each permission becomes an authorization
/// policy of the same name, satisfied by holding the permission (a role claim); <see cref="DescriptionKey"/>
/// is a key in the declaring provider's <see cref="IPermissionProvider.Strings"/>, shown at /admin/roles.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "Permission is the domain term, as in Orchard Core.")]
public sealed record Permission(string Name, string DescriptionKey);
