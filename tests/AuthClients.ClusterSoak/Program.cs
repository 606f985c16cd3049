using AuthClients.ClusterSoak;

// conductor: runs the mock and the workers, prints the closing line, exits 1 unless it holds.
// worker: one replica of a service with many concurrent callers on one shared Fuse session.
return args switch
{
    ["conductor", .. var rest] => await Conductor.RunAsync(SoakSettings.Parse(rest)),
    ["worker", .. var rest] => await Worker.RunAsync(WorkerSettings.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: conductor --redis-port P [--processes 8] [--callers 250] [--interval-seconds 10] [--pace-ms 1000] [--redis-timeout-ms 1000]");
    Console.Error.WriteLine("       worker --redis host:port --mock URL --callers N --pace-ms M --max-calls K --redis-timeout-ms T");
    return 2;
}
