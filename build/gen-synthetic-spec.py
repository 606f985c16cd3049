#!/usr/bin/env python3
"""Writes a synthetic OpenAPI 3.0 document of N operations, shaped like the mid-size vendor
documents the generator meets: CRUD resources with path ids, query arrays, inline objects,
maps, allOf references, enums, multi-line descriptions and binary exports.

Usage: python3 build/gen-synthetic-spec.py <operations> <output.yaml>
Deterministic: the same count gives the same bytes (used by the fixture and the benchmarks).
"""
import sys

OPS_PER_RESOURCE = 6


def resource(i):
    r = f"R{i:03d}"
    path = f"/resources-{i:03d}"
    ops = [
        ("get", path, f"list{r}", f"""
      summary: Lists {r} items
      description: |
        Pages through {r} items, newest first.
        Filters combine with AND; `tag` may repeat.
      parameters:
        - {{ name: tag, in: query, schema: {{ type: array, items: {{ type: string }} }} }}
        - {{ name: limit, in: query, schema: {{ type: integer, format: int32 }} }}
        - {{ name: cursor, in: query, schema: {{ type: string }} }}
      responses:
        '200':
          description: a page
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {{ type: array, items: {{ $ref: '#/components/schemas/{r}' }} }}
                  next_cursor: {{ type: string, nullable: true }}"""),
        ("post", path, f"create{r}", f"""
      summary: Creates a {r}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{ $ref: '#/components/schemas/{r}Create' }}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {{ $ref: '#/components/schemas/{r}' }}"""),
        ("get", path + "/{id}", f"get{r}", f"""
      summary: Reads one {r}
      parameters:
        - {{ name: id, in: path, required: true, schema: {{ type: integer, format: int64 }} }}
        - {{ name: X-Request-Id, in: header, schema: {{ type: string }} }}
      responses:
        '200':
          description: the item
          content:
            application/json:
              schema: {{ $ref: '#/components/schemas/{r}' }}"""),
        ("patch", path + "/{id}", f"update{r}", f"""
      summary: Changes a {r} (fields <b>left out</b> stay & keep their value)
      parameters:
        - {{ name: id, in: path, required: true, schema: {{ type: integer, format: int64 }} }}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              allOf:
                - $ref: '#/components/schemas/{r}Create'
      responses:
        '200':
          description: the changed item
          content:
            application/json:
              schema: {{ $ref: '#/components/schemas/{r}' }}"""),
        ("delete", path + "/{id}", f"delete{r}", f"""
      parameters:
        - {{ name: id, in: path, required: true, schema: {{ type: integer, format: int64 }} }}
      responses:
        '204':
          description: deleted"""),
        ("get", path + "/{id}/export", f"export{r}", f"""
      parameters:
        - {{ name: id, in: path, required: true, schema: {{ type: integer, format: int64 }} }}
      responses:
        '200':
          description: the item as a file
          content:
            application/octet-stream:
              schema: {{ type: string, format: binary }}"""),
    ]
    schemas = f"""
    {r}Create:
      type: object
      required: [name]
      properties:
        name: {{ type: string, description: "The display name." }}
        status: {{ type: string, enum: [active, paused, archived] }}
        labels:
          type: object
          additionalProperties: {{ type: string }}
        tags: {{ type: array, items: {{ type: string }} }}
    {r}:
      description: |
        A {r} as stored.
        Unknown fields are kept.
      allOf:
        - $ref: '#/components/schemas/{r}Create'
        - type: object
          required: [id, created_at]
          properties:
            id: {{ type: integer, format: int64 }}
            created_at: {{ type: string, format: date-time }}
            owner: {{ $ref: '#/components/schemas/Owner' }}
            usage:
              type: object
              properties:
                calls: {{ type: integer, format: int64 }}
                ratio: {{ type: number }}"""
    return ops, schemas


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    output = sys.argv[2]
    paths = {}
    schemas = []
    written = 0
    i = 0
    while written < count:
        ops, component = resource(i)
        schemas.append(component)
        for method, path, operation_id, body in ops:
            if written == count:
                break
            paths.setdefault(path, []).append(f"    {method}:\n      operationId: {operation_id}{body}")
            written += 1
        i += 1
    lines = [
        "openapi: 3.0.3",
        "info:",
        f"  title: Synthetic API ({count} operations)",
        "  version: \"1\"",
        "  description: Generated by build/gen-synthetic-spec.py; do not edit by hand.",
        "paths:",
    ]
    for path, ops in paths.items():
        lines.append(f"  {path}:")
        lines.extend(ops)
    lines.append("components:")
    lines.append("  schemas:")
    lines.append("""    Owner:
      type: object
      properties:
        id: { type: string }
        email: { type: string }""")
    lines.extend(s.lstrip("\n") for s in schemas)
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
