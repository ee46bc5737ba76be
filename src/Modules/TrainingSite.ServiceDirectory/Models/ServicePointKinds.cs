namespace TrainingSite.ServiceDirectory.Models;

/// <summary>The kinds of organisation that run service points (the recipe's <c>kind</c> values).</summary>
public static class ServicePointKinds
{
    public const string Municipality = "municipality";
    public const string WellbeingServicesCounty = "wellbeing-services-county";
    public const string Kela = "kela";
    public const string EmploymentServices = "employment-services";
    public const string ImmigrationService = "immigration-service";
    public const string DigitalPopulationData = "digital-population-data";
    public const string TaxAdministration = "tax-administration";
    public const string EducationalInstitution = "educational-institution";
    public const string Ngo = "ngo";

    public static IReadOnlyList<string> All { get; } =
    [
        Municipality, WellbeingServicesCounty, Kela, EmploymentServices, ImmigrationService,
        DigitalPopulationData, TaxAdministration, EducationalInstitution, Ngo,
    ];
}
