using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// Generates learners across Espoo, Helsinki, Vantaa and no region, in every status (progress, quiz attempts, valid
/// and revoked certificates, deactivated accounts), and writes them straight to the database. The facts are kept
/// here too, so tests count the expected numbers from them and not through the report.
/// </summary>
public sealed class LearnerDataSet(ReportSite site)
{
    public static readonly string?[] Regions = ["espoo", "helsinki", "vantaa", null];

    private static readonly string?[] Organisations = ["Järvenpään työvoimapalvelut", "Åbo stad – Ö-enheten", "Kela", null];

    public List<LearnerSpec> Learners { get; } = [];

    public async Task GenerateAsync(string tag)
    {
        var start = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var n = 0;
        foreach (var region in Regions)
        {
            foreach (var profile in Enum.GetValues<Profile>())
            {
                n++;
                var registered = start.AddDays(n);
                var spec = new LearnerSpec(
                    Guid.NewGuid().ToString(), $"{tag} Äijä Öström {n:D2}", $"{tag}-{n}@example.fi", Organisations[n % Organisations.Length], region, registered,
                    Deactivated: profile == Profile.DeactivatedStarted)
                { Language = (n % 3) switch { 0 => "fi", 1 => "sv", _ => "en" } };
                Fill(spec, profile, region, registered);
                Learners.Add(spec);
            }
        }

        await WriteAsync();
    }

    private void Fill(LearnerSpec spec, Profile profile, string? region, DateTimeOffset t)
    {
        var national = () =>
        {
            spec.Progress.Add((site.NationalQuiz + "-l", site.NationalQuiz, t.AddDays(1), t.AddDays(1).AddMinutes(5)));
            spec.Progress.Add((site.NationalTwo + "-l", site.NationalTwo, t.AddDays(2), t.AddDays(2).AddMinutes(5)));
            spec.Progress.Add((site.NationalTwo + "-l2", site.NationalTwo, t.AddDays(3), t.AddDays(3).AddMinutes(9)));
            spec.Attempts.Add((40, false, t.AddDays(3).AddHours(1)));
            spec.Attempts.Add((80, true, t.AddDays(3).AddHours(2)));
        };
        var section = () =>
        {
            if (region is not null)
            {
                var course = site.SectionOf(region);
                spec.Progress.Add((course + "-l", course, t.AddDays(4), t.AddDays(4).AddMinutes(7)));
            }
        };

        switch (profile)
        {
            case Profile.NotStarted:
                break;
            case Profile.OpenedOnly:
                spec.Progress.Add((site.NationalTwo + "-l", site.NationalTwo, t.AddDays(2), null));
                break;
            case Profile.FailedQuiz:
                spec.Progress.Add((site.NationalQuiz + "-l", site.NationalQuiz, t.AddDays(1), t.AddDays(1).AddMinutes(3)));
                spec.Attempts.Add((33, false, t.AddDays(1).AddHours(1)));
                break;
            case Profile.NationalDone:
                national();
                break;
            case Profile.SectionOnly:
                section();
                break;
            case Profile.AllDone:
                national();
                section();
                break;
            case Profile.Certified:
                national();
                section();
                spec.Certificate = (t.AddDays(4).AddMinutes(8), false);
                break;
            case Profile.Revoked:
                national();
                section();
                spec.Certificate = (t.AddDays(4).AddMinutes(8), true);
                break;
            case Profile.DeactivatedStarted:
                spec.Progress.Add((site.NationalQuiz + "-l", site.NationalQuiz, t.AddDays(1), null));
                break;
        }
    }

    private async Task WriteAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var learnerRole = await db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id).SingleAsync();
        var quiz = await db.Set<Quiz>().Where(q => q.CourseId == site.NationalQuiz).Select(q => q.Id).SingleAsync();
        var version = await db.Set<QuizVersion>().Where(v => v.QuizId == quiz && v.IsPublished).Select(v => v.Id).SingleAsync();
        foreach (var spec in Learners)
        {
            db.Users.Add(new TrainingUser
            {
                Id = spec.Id, UserName = spec.Email, NormalizedUserName = spec.Email.ToUpperInvariant(), Email = spec.Email,
                NormalizedEmail = spec.Email.ToUpperInvariant(), DisplayName = spec.Name, Organisation = spec.Organisation, HomeRegionId = spec.Region,
                PreferredLanguage = spec.Language, CreatedAt = spec.Registered, DeactivatedAt = spec.Deactivated ? spec.Registered.AddDays(20) : null,
                SecurityStamp = Guid.NewGuid().ToString(),
            });
            db.UserRoles.Add(new() { UserId = spec.Id, RoleId = learnerRole });
            db.Set<LessonProgress>().AddRange(spec.Progress.Select(p => new LessonProgress { UserId = spec.Id, LessonId = p.LessonId, CourseId = p.CourseId, OpenedAt = p.OpenedAt, ReadAt = p.ReadAt }));
            db.Set<QuizAttempt>().AddRange(spec.Attempts.Select((a, i) => new QuizAttempt
            {
                QuizId = quiz, QuizVersionId = version, UserId = spec.Id, Number = i + 1, StartedAt = a.SubmittedAt.AddMinutes(-5),
                SubmittedAt = a.SubmittedAt, ScorePercent = a.Score, Passed = a.Passed,
            }));
            if (spec.Certificate is { } certificate)
            {
                db.Set<Certificate>().Add(new Certificate
                {
                    UserId = spec.Id, Programme = CertificateProgrammes.TrainingPackage, Code = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
                    HolderName = spec.Name, RegionId = spec.Region, RegionName = new LocalizedText(new Dictionary<string, string> { ["fi"] = spec.Region ?? "-" }),
                    CompletedAt = certificate.IssuedAt, RevokedAt = certificate.Revoked ? certificate.IssuedAt.AddDays(1) : null,
                    RevocationReason = certificate.Revoked ? "test" : null,
                });
            }
        }

        await db.SaveChangesAsync();
    }

    private enum Profile
    {
        NotStarted,
        OpenedOnly,
        FailedQuiz,
        NationalDone,
        SectionOnly,
        AllDone,
        Certified,
        Revoked,
        DeactivatedStarted,
    }
}
