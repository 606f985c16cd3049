using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AuthClients.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Signals that the named options changed, as a configuration reload or a secret store's
/// rotation does: IOptionsMonitor then rebuilds them and tells its listeners.
/// </summary>
public sealed class ReloadableOptionsSource<TOptions>(string name) : IOptionsChangeTokenSource<TOptions>
{
    private ConfigurationReloadToken _changed = new();

    public string Name => name;

    public IChangeToken GetChangeToken() => _changed;

    public void Reload() => Interlocked.Exchange(ref _changed, new ConfigurationReloadToken()).OnReload();
}
