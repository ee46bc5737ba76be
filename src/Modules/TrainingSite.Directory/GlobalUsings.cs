global using TrainingSite.Abstractions.Localization;
