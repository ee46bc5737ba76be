global using TrainingSite.Abstractions.Content;
global using TrainingSite.Abstractions.Localization;
global using TrainingSite.Core.Content;
