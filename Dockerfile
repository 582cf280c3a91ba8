# A small image with the static factlint binary:
#   docker build -t factlint/factlint .
#   docker run --rm -v "$PWD:/src" factlint/factlint /src/articles
FROM swift:6.1-bookworm AS build
WORKDIR /factlint
COPY Package.swift ./
COPY Sources Sources
RUN swift build -c release --static-swift-stdlib \
 && cp .build/release/factlint /usr/local/bin/factlint \
 && strip /usr/local/bin/factlint

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/factlint /usr/local/bin/factlint
COPY LICENSE /usr/share/doc/factlint/LICENSE
WORKDIR /src
ENTRYPOINT ["factlint"]
CMD ["--help"]
