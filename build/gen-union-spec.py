#!/usr/bin/env python3
"""Writes a synthetic OpenAPI document of N resources whose schemas are unions of every kind
the generator meets in vendors' documents: oneOf with a discriminator (with and without a
mapping), oneOf and anyOf without one (objects and primitives), nullable unions (3.0's
nullable, 3.1's type arrays and null options), and allOf mixing an object, a $ref and parts
that only annotate. Used to count the shapes that still fall to raw JSON (AC0005).

Usage: python3 build/gen-union-spec.py <resources> <output.yaml> [3.0|3.1]
Deterministic: the same arguments give the same bytes.
"""
import sys


def resource(i, v31):
    r = f"U{i:03d}"
    nullable_num = "type: [number, string, 'null']" if v31 else "nullable: true\n          oneOf: [{ type: number }, { type: string }]"
    return f"""
    {r}Cat:
      type: object
      required: [petType, name]
      properties:
        petType: {{ type: string }}
        name: {{ type: string }}
    {r}Dog:
      type: object
      required: [petType, name]
      properties:
        petType: {{ type: string }}
        name: {{ type: string }}
        bark: {{ type: string }}
    {r}Pet:
      oneOf:
        - $ref: '#/components/schemas/{r}Cat'
        - $ref: '#/components/schemas/{r}Dog'
      discriminator:
        propertyName: petType
        mapping:
          cat: '#/components/schemas/{r}Cat'
          dog: '#/components/schemas/{r}Dog'
    {r}Car:
      type: object
      properties:
        kind: {{ type: string }}
        doors: {{ type: integer }}
    {r}Bike:
      type: object
      properties:
        kind: {{ type: string }}
        gears: {{ type: integer }}
    {r}Vehicle:
      oneOf:
        - $ref: '#/components/schemas/{r}Car'
        - $ref: '#/components/schemas/{r}Bike'
      discriminator:
        propertyName: kind
    {r}Card:
      type: object
      required: [number]
      properties:
        number: {{ type: string }}
    {r}Payment:
      oneOf:
        - $ref: '#/components/schemas/{r}Card'
        - type: string
    {r}Item:
      allOf:
        - $ref: '#/components/schemas/{r}Card'
        - type: object
          properties:
            label: {{ type: string }}
        - required: [label]
        - description: annotates only
    {r}Body:
      type: object
      properties:
        pet: {{ $ref: '#/components/schemas/{r}Pet' }}
        vehicle: {{ $ref: '#/components/schemas/{r}Vehicle' }}
        payment: {{ $ref: '#/components/schemas/{r}Payment' }}
        item: {{ $ref: '#/components/schemas/{r}Item' }}
        query:
          anyOf:
            - type: string
            - type: array
              items: {{ type: string }}
        limit:
          oneOf: [{{ type: integer }}, {{ type: string }}]
        reading:
          {nullable_num}
        near:
          oneOf:
            - type: object
              properties:
                lat: {{ type: number }}
            - type: string
        cardRef:
          $ref: '#/components/schemas/{r}Item/allOf/1/properties/label'"""


def path(i):
    r = f"U{i:03d}"
    return f"""
  /u-{i:03d}:
    post:
      operationId: post{r}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{ $ref: '#/components/schemas/{r}Body' }}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{ $ref: '#/components/schemas/{r}Body' }}"""


def main():
    count, output = int(sys.argv[1]), sys.argv[2]
    v31 = len(sys.argv) > 3 and sys.argv[3] == "3.1"
    text = (f"openapi: {'3.1.0' if v31 else '3.0.3'}\ninfo:\n  title: SyntheticUnions\n  version: '1.0'\npaths:"
            + "".join(path(i) for i in range(count))
            + "\ncomponents:\n  schemas:" + "".join(resource(i, v31) for i in range(count)) + "\n")
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
