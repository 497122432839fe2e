# Build: publish the API and the indexer, then build the sample index into the image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The same publish command CI runs (tests/run.sh), whose output a test starts and queries.
RUN dotnet publish src/Search.Api/Search.Api.csproj -c Release -o /app/api \
 && dotnet publish src/Search.Indexer/Search.Indexer.csproj -c Release -o /app/indexer
RUN mkdir -p /app/data/index-data \
 && cp -r index-data/articles /app/data/index-data/articles \
 && cd /app/data && dotnet /app/indexer/Search.Indexer.dll index index-data/articles --index index-data/index

# Run: the API as a non-root user on port 8080, serving the prebuilt sample index.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app/api/ ./
COPY --from=build /app/indexer/ ./indexer/
COPY --from=build --chown=app:app /app/data/index-data ./index-data
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Search.Api.dll"]
