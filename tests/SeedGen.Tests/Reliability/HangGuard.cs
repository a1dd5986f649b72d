using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Hang detection only: runs work on the thread pool and fails if it has not finished after a generous
/// limit (never a performance assertion). The abandoned work is asked to stop through its token.
/// </summary>
internal static class HangGuard
{
    public static T Run<T>(Func<T> work, TimeSpan limit, string what) => Run(_ => work(), limit, what);

    public static T Run<T>(Func<CancellationToken, T> work, TimeSpan limit, string what)
    {
        using var cts = new CancellationTokenSource();
        var task = Task.Run(() => work(cts.Token));
        bool finished;
        try { finished = task.Wait(limit); }
        catch (AggregateException) { finished = true; } // rethrown unwrapped below
        if (!finished)
        {
            cts.Cancel();
            throw new XunitException(what + " did not finish within " + limit.TotalSeconds + " s: a hang or super-linear time.");
        }
        return task.GetAwaiter().GetResult();
    }
}
