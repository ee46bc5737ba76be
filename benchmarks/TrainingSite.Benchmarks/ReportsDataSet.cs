using System.Text.Json;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The reports benchmark's data set, generated in memory (seeded, so every run has the same one) and then written
/// by <see cref="ReportsBulkInsert"/>. Per learner (default 10,000): a home region (or none), an organisation, a
/// registration date in the last 18 months and a status: about 31 % not started, 55 % in progress (reading the
/// national part in order, taking a finished course's quiz one time in three), 6 % national part done and 8 % complete
/// with a certificate (4 % of those revoked). Progress, attempts (with answers) and certificates follow the status
/// in time order, so the numbers agree with each other as the site's would. About 10 progress rows, 2 submitted
/// attempts and 10 audit events (<see cref="ReportsAuditEvents"/>) per learner. 2 % of learners are deactivated, and
/// one per 200 learners an anonymous stand-in of a deleted account keeps some progress (never counted as a learner).
/// </summary>
public sealed class ReportsDataSet
{
    /// <summary>The region the benchmark's coordinator coordinates.</summary>
    public const string CoordinatedRegion = "espoo";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ReportsContent _content;
    private readonly DateTimeOffset _now;
    private readonly Random _random = new(15);
    private readonly ReportsQuizTaker _quizzes;

    private ReportsDataSet(ReportsContent content, DateTimeOffset now)
    {
        _content = content;
        _now = now;
        _quizzes = new ReportsQuizTaker(_random, content.National.First(c => c.Quiz is not null).Quiz!.Id);
    }

    private enum Status
    {
        NotStarted,
        InProgress,
        NationalDone,
        Complete,
    }

    public List<SeedUser> Users { get; } = [];

    public List<ProgressRow> Progress { get; } = [];

    public List<AttemptRow> Attempts { get; } = [];

    public List<CertificateRow> Certificates { get; } = [];

    public List<AuditRow> Audit { get; } = [];

    public SeedUser Administrator { get; private set; } = null!;

    public SeedUser Coordinator { get; private set; } = null!;

    /// <summary>A certified learner of <see cref="CoordinatedRegion"/>: the learner detail page's subject.</summary>
    public SeedUser SampleLearner { get; private set; } = null!;

    public int AnswerCount => Attempts.Sum(a => a.Answers.Count);

    public static ReportsDataSet Generate(ReportsContent content, int learners, DateTimeOffset now)
    {
        var set = new ReportsDataSet(content, now);
        set.AddStaff();
        for (var n = 1; n <= learners; n++)
        {
            set.AddLearner(n);
        }

        for (var n = 1; n <= learners / 200; n++)
        {
            set.AddErasedStandIn();
        }

        set.SampleLearner = set.Users.First(u => u.HomeRegionId == CoordinatedRegion && set.Certificates.Any(c => c.UserId == u.Id && c.RevokedAt is null));
        set.Audit.AddRange(ReportsAuditEvents.Generate(set, content, now, learners * 10, set._random));
        return set;
    }

    public static string LearnerEmail(int number) => $"oppija-{number:00000}@example.fi";

    private void AddStaff()
    {
        var created = _now.AddDays(-700);
        Administrator = Add(new SeedUser(Guid.NewGuid().ToString(), "paakayttaja@example.fi", "Åsa Öhman", "Opetushallitus", null, "fi", created, [Roles.Administrator], []));
        foreach (var region in _content.Regions)
        {
            var coordinator = Add(new SeedUser(
                Guid.NewGuid().ToString(), $"koordinaattori.{region.Id}@example.fi", ReportsPeople.Name(_random), ReportsPeople.Organisation(_random), region.Id, "fi", created, [Roles.RegionalCoordinator, Roles.NetworkMember], [region.Id]));
            if (region.Id == CoordinatedRegion)
            {
                Coordinator = coordinator;
            }
        }
    }

    private void AddLearner(int number)
    {
        var region = ReportsPeople.HomeRegion(_random, _content.Regions);
        var created = _now.AddDays(-540 * Math.Pow(_random.NextDouble(), 1.5)).AddMinutes(-_random.Next(1, 600));
        var status = _random.Next(100) switch
        {
            < 31 => Status.NotStarted,
            < 86 => Status.InProgress,
            < 92 => Status.NationalDone,
            _ => region is null ? Status.NationalDone : Status.Complete,
        };
        var learner = Add(new SeedUser(
            Guid.NewGuid().ToString(), LearnerEmail(number), ReportsPeople.Name(_random), ReportsPeople.Organisation(_random), region,
            ReportsPeople.Language(_random), created, [Roles.Learner, Roles.NetworkMember], [])
        {
            DeactivatedAt = _random.Next(50) == 0 ? Between(created, _now) : null,
        });
        if (status != Status.NotStarted)
        {
            Learn(learner, status);
        }
    }

    /// <summary>What a deleted account leaves behind: an anonymous stand-in without e-mail or role, keeping its progress.</summary>
    private void AddErasedStandIn()
    {
        var erased = Between(_now.AddDays(-300), _now);
        var id = Guid.NewGuid().ToString();
        var standIn = Add(new SeedUser(id, string.Empty, string.Empty, null, null, "fi", erased, [], []) { DeactivatedAt = erased, ErasedAt = erased });
        var clock = erased.AddDays(-30);
        foreach (var lesson in _content.National.SelectMany(c => c.Lessons.Select(l => (Course: c.Id, Lesson: l))).Take(_random.Next(1, 8)))
        {
            Progress.Add(new ProgressRow(standIn.Id, lesson.Lesson, lesson.Course, clock, clock.AddMinutes(6)));
            clock = clock.AddHours(2);
        }
    }

    /// <summary>The learner's lessons, quizzes and certificate, in order from registration.</summary>
    private void Learn(SeedUser learner, Status status)
    {
        var ability = Normal();
        var clock = learner.CreatedAt.AddHours(_random.Next(1, 72));
        var national = _content.National.ToList();
        var section = _content.Section(learner.HomeRegionId).ToList();
        var nationalLessons = national.Sum(c => c.Lessons.Count);
        var toRead = status switch
        {
            Status.InProgress => 1 + (int)(Math.Pow(_random.NextDouble(), 1.2) * (nationalLessons - 1)),
            Status.NationalDone => nationalLessons + _random.Next(section.Sum(c => c.Lessons.Count)),
            _ => nationalLessons + section.Sum(c => c.Lessons.Count),
        };
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        var mustPass = status switch
        {
            Status.InProgress => [],
            Status.NationalDone => national.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            _ => national.Concat(section).Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
        };
        var read = 0;
        foreach (var course in national.Concat(section))
        {
            var lessons = course.Lessons.Take(Math.Max(0, toRead - read)).ToList();
            foreach (var lesson in lessons)
            {
                Progress.Add(new ProgressRow(learner.Id, lesson, course.Id, clock, clock.AddMinutes(_random.Next(3, 20))));
                read++;
                clock = Later(clock, 0.4);
            }

            if (lessons.Count < course.Lessons.Count)
            {
                // Stopped in this course: half of them have opened the next lesson without finishing it.
                if (_random.Next(2) == 0)
                {
                    Progress.Add(new ProgressRow(learner.Id, course.Lessons[lessons.Count], course.Id, clock, null));
                }

                break;
            }

            if (course.Quiz is { } quiz && (mustPass.Contains(course.Id) || _random.Next(100) < 35))
            {
                clock = TakeQuiz(learner, quiz, ability, clock, mustPass.Contains(course.Id), best, course.Id);
            }
        }

        if (status == Status.Complete)
        {
            AddCertificate(learner, clock, national, section, best);
        }
    }

    /// <summary>Attempts until passed (a required pass comes at the fifth attempt at the latest), or one or two that may fail.</summary>
    private DateTimeOffset TakeQuiz(SeedUser learner, ContentQuiz quiz, double ability, DateTimeOffset clock, bool mustPass, Dictionary<string, int> best, string courseId)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var row = _quizzes.Take(learner.Id, quiz, ability, clock, allRight: mustPass && attempt == 5);
            Attempts.Add(row);
            best[courseId] = Math.Max(best.GetValueOrDefault(courseId), row.ScorePercent);
            clock = Later(row.SubmittedAt, 0.3);
            if (row.Passed || (!mustPass && (attempt == 2 || _random.Next(100) < 60)))
            {
                break;
            }
        }

        return clock;
    }

    private void AddCertificate(SeedUser learner, DateTimeOffset completed, List<ContentCourse> national, List<ContentCourse> section, Dictionary<string, int> best)
    {
        var region = _content.Regions.First(r => r.Id == learner.HomeRegionId);
        var courses = national.Select(c => (Course: c, National: true)).Concat(section.Select(c => (Course: c, National: false)))
            .Select(c => new CertificateCourse(c.Course.Id, c.Course.Title, c.National, c.Course.Quiz is null ? null : best.GetValueOrDefault(c.Course.Id)))
            .ToList();
        var revoked = _random.Next(25) == 0 ? Between(completed, _now) : (DateTimeOffset?)null;
        Certificates.Add(new CertificateRow(
            learner.Id,
            VerificationCode.New(),
            learner.DisplayName,
            region.Id,
            JsonSerializer.Serialize(region.Name),
            JsonSerializer.Serialize(new Dictionary<string, string> { ["en"] = "Training package for guidance counsellors", ["fi"] = "Ohjaajien koulutuspaketti", ["sv"] = "Utbildningspaketet för vägledare" }),
            completed,
            JsonSerializer.Serialize(courses, Json),
            revoked,
            revoked is null ? null : "Myönnetty väärälle henkilölle",
            revoked is null ? null : $"{Administrator.DisplayName} ({Administrator.Email})"));
    }

    private SeedUser Add(SeedUser user)
    {
        Users.Add(user);
        return user;
    }

    /// <summary>Some time after <paramref name="clock"/> (exponential, <paramref name="meanDays"/> on average), never reaching now.</summary>
    private DateTimeOffset Later(DateTimeOffset clock, double meanDays)
    {
        var left = (_now.AddMinutes(-30) - clock).TotalDays;
        var gap = Math.Min(-meanDays * Math.Log(1 - _random.NextDouble()), Math.Max(0, left) * 0.3);
        return clock.AddDays(gap);
    }

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) => from + ((to - from) * _random.NextDouble());

    /// <summary>A standard normal number (Box-Muller).</summary>
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
