using TrainingSite;
using TrainingSite.Data.Configuration;
using TrainingSite.Infrastructure;

// The host is a table of contents: modules and data first, then the request pipeline.
// `dotnet run -- <verb> ...` (migrate, admin, recipe, ...) runs a command instead of the site.
try
{
    var verb = CommandLineRunner.Verb(args);
    var builder = WebApplication.CreateBuilder(verb is null ? args : []);
    builder.AddTrainingSite(ModuleCatalog.Modules);

    var app = builder.Build();
    if (verb is not null)
    {
        return await CommandLineRunner.RunAsync(app, args);
    }

    app.UseTrainingSite(ModuleCatalog.Modules);
    app.MapTrainingSite(ModuleCatalog.Modules);
    await app.RunAsync();
    return 0;
}
catch (DatabaseConfigurationException exception)
{
    // A database that cannot be used is explained in one paragraph, not a stack trace.
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}

/// <summary>Lets the functional tests start the site with WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
