/** @module Compose files: which file names count, and whether a parsed file really defines services (the Compose spec's `services:` map, or the legacy v1 layout of top-level services), with each service's healthcheck. Pure. */
import { isMap } from 'yaml'
import { entries, get, lineOf, str, type YamlFile } from '../ci/yaml-file.js'

/** docker-compose.yml, docker-compose.prod.yaml, docker-compose-dev.yml, compose.yaml, compose.override.yml ... */
export function isComposeName(name: string): boolean {
  return /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(name)
}

/** What a compose file defines. `line` is where its services start. */
export type ComposeInfo = { line: number; services: string[]; healthchecks: { service: string; line: number }[] }

/** The services of a compose file, or undefined when it defines none (an empty file, a stray YAML document). */
export function composeServices(file: YamlFile): ComposeInfo | undefined {
  const root = file.roots[0]
  const servicesKey = entries(file, root).find(([key]) => key === 'services')
  const services = servicesKey ? entries(file, servicesKey[1]) : legacyServices(file)
  const list = services.filter(([, value]) => isMap(value))
  if (!list.length) return undefined
  const healthchecks: ComposeInfo['healthchecks'] = []
  for (const [service, value] of list) {
    const [, check, key] = entries(file, value).find(([k]) => k === 'healthcheck') ?? []
    if (check && key && str(file, get(file, check, 'disable')) !== 'true') healthchecks.push({ service, line: lineOf(file, key) })
  }
  return { line: servicesKey ? lineOf(file, servicesKey[2]) : lineOf(file, list[0]![2]), services: list.map(([name]) => name), healthchecks }
}

/** Compose file format v1: services at the top level, each with an image or a build. */
function legacyServices(file: YamlFile): ReturnType<typeof entries> {
  const top = entries(file, file.roots[0])
  if (top.some(([key]) => key === 'version' || key === 'networks' || key === 'volumes')) return []
  return top.filter(([, value]) => get(file, value, 'image') !== undefined || get(file, value, 'build') !== undefined)
}
