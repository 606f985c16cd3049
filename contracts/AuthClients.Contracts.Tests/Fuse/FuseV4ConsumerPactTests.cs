using AuthClients.Contracts.Tests.Infrastructure;

namespace AuthClients.Contracts.Tests.Fuse;

public sealed class FuseV4ConsumerPactTests : ConsumerPactTests<FuseV4Contract>;
