namespace TrainingSite.Abstractions.Reporting;

/// <summary>Why a question's numbers suggest it needs a look (see <see cref="QuestionFlagRule"/> for when they are raised).</summary>
public enum QuestionConcern
{
    /// <summary>Almost nobody gets it right: the question or its key may be wrong.</summary>
    TooHard,

    /// <summary>Almost everybody gets it right: it tells nothing about who has learnt the course.</summary>
    TooEasy,

    /// <summary>Getting it right hardly goes with doing well on the rest of the quiz: it may be ambiguous.</summary>
    PoorDiscrimination,
}
