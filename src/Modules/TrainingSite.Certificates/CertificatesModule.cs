using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Certificates.Api;
using TrainingSite.Certificates.Data;
using TrainingSite.Certificates.PersonalData;
using TrainingSite.Certificates.Reporting;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates;

/// <summary>
/// Certificates: issued on completion (one valid at a time), a completion page and a "ready" mail, PDFs in fi/sv/en,
/// public verification by code, revocation and reissue.
/// </summary>
public sealed class CertificatesModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.Section));
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<RenewedCompletion>();
        services.AddScoped<CertificateReadyMail>();
        services.AddScoped<ICertificateFacts, CertificateFacts>();
        services.AddScoped<ILearnerProgressListener>(provider => provider.GetRequiredService<CertificateIssuer>());
        services.AddScoped<CertificateStore>();
        services.AddScoped<CertificateAccess>();
        services.AddScoped<CertificateSheets>();
        services.AddScoped<CertificatePdfs>();

        services.AddPermissions<CertificatesPermissions>();
        services.AddNavigation<CertificatesNavigation>();
        services.AddEntityConfigurations<CertificatesDataModel>();
        services.AddMigrations<CertificatesModule>();
        services.AddPersonalDataSource<CertificatesData>();
        services.AddHealthChecks().AddCheck<CertificateFontsCheck>("certificate-fonts", tags: [HealthTags.Ready]);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCertificateDownload();
}
