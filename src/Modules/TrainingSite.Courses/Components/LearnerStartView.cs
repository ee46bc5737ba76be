using TrainingSite.Abstractions.Regions;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Components;

/// <summary>What the learner's start shows; <c>Next</c> is null when every course of their package is done.</summary>
public sealed record LearnerStartView(
    string? DisplayName,
    bool Welcome,
    JourneyState Journey,
    NextStep? Next,
    RegionInfo? HomeRegion,
    bool HasCertificate,
    IReadOnlyList<(CourseOutline Course, LessonOutline Lesson)> NewLessons);
