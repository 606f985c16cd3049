using AuthClients.Contracts.Tests.Infrastructure;

namespace AuthClients.Contracts.Tests.Datarhei;

public sealed class DatarheiConsumerPactTests : ConsumerPactTests<DatarheiContract>;
