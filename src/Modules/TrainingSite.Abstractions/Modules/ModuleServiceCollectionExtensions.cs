using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Abstractions.Navigation;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Abstractions.Recipes;

namespace TrainingSite.Abstractions.Modules;

/// <summary>One-line registration helpers so a module's startup reads like a table of contents.</summary>
public static class ModuleServiceCollectionExtensions
{
    public static IServiceCollection AddPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPermissionProvider, TProvider>());
        return services;
    }

    public static IServiceCollection AddEntityConfigurations<TSource>(this IServiceCollection services)
        where TSource : class, IEntityConfigurationSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEntityConfigurationSource, TSource>());
        return services;
    }

    /// <summary>Registers the module's SQL migration scripts (embedded resources under Migrations/{Provider}/).</summary>
    public static IServiceCollection AddMigrations<TMarker>(this IServiceCollection services)
    {
        services.AddSingleton(new MigrationSource(typeof(TMarker).Assembly));
        return services;
    }

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStep
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStep, TStep>());
        return services;
    }

    public static IServiceCollection AddNavigation<TProvider>(this IServiceCollection services)
        where TProvider : class, INavigationProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INavigationProvider, TProvider>());
        return services;
    }

    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IStartupTask, TTask>());
        return services;
    }

    public static IServiceCollection AddCommandLineVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICommandLineVerb
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICommandLineVerb, TVerb>());
        return services;
    }

    /// <summary>Registers what must follow when a backup is restored into the database (e.g. rebuild a node's search index).</summary>
    public static IServiceCollection AddRestoreListener<TListener>(this IServiceCollection services)
        where TListener : class, IDatabaseRestoreListener
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDatabaseRestoreListener, TListener>());
        return services;
    }

    /// <summary>Registers a kind of personal data the module holds, for the export and the erasure of an account.</summary>
    public static IServiceCollection AddPersonalDataSource<TSource>(this IServiceCollection services)
        where TSource : class, IPersonalDataSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPersonalDataSource, TSource>());
        return services;
    }

    /// <summary>Registers housekeeping the host runs once a day (see <see cref="IDailyTask"/>).</summary>
    public static IServiceCollection AddDailyTask<TTask>(this IServiceCollection services)
        where TTask : class, IDailyTask
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDailyTask, TTask>());
        return services;
    }
}
