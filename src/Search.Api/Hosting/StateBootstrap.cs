using Microsoft.Extensions.Options;
using Search.Core.State;

namespace Search.Api.Hosting;

/// <summary>Opens the service's database once at start (<c>Search:StatePath</c>), and its tables for the endpoints.</summary>
public static class StateBootstrap
{
    public static IServiceCollection AddState(this IServiceCollection services) => services
        .AddSingleton(sp => StateStore.Open(DataPaths.Resolve(sp.GetRequiredService<IOptions<SearchOptions>>().Value.StatePath)))
        .AddSingleton(sp => new ApiKeys(sp.GetRequiredService<StateStore>()))
        .AddSingleton(sp => new SavedSearches(sp.GetRequiredService<StateStore>()));
}
