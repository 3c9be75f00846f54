/** @module build.gradle / build.gradle.kts: dependency coordinates and plugin ids, by regex (Gradle files are programs; never run). Pure. */
import { stripComments } from '../util/strip-comments.js'
import { emptyManifest, type ParsedManifest } from './types.js'

const CONFIGURATION = '(?:implementation|api|compile|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|developmentOnly|annotationProcessor|kapt|ksp)'
const STRING_DEP = new RegExp(`\\b${CONFIGURATION}\\s*(?:\\(\\s*)?(?:platform\\s*\\(\\s*)?['"]([\\w.-]+):([\\w.-]+)`, 'g')
const MAP_DEP = new RegExp(`\\b${CONFIGURATION}\\s*(?:\\(\\s*)?group\\s*[:=]\\s*['"]([\\w.-]+)['"]\\s*,\\s*name\\s*[:=]\\s*['"]([\\w.-]+)['"]`, 'g')
const PLUGIN = /\b(?:id\s*(?:\(\s*)?|apply\s+plugin\s*:\s*)['"]([\w.-]+)['"]/g

/** Parse a Gradle build file into `group:artifact` names plus plugin ids (e.g. 'org.springframework.boot'). */
export function parseGradle(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'java')
  const code = stripComments(text, 'java')
  for (const re of [STRING_DEP, MAP_DEP]) for (const m of code.matchAll(re)) result.dependencies.push(`${m[1]}:${m[2]}`.toLowerCase())
  for (const m of code.matchAll(PLUGIN)) result.dependencies.push(m[1]!.toLowerCase())
  // version catalogs (`alias(libs.plugins.spring.boot)`) hide coordinates in another file: keep the hint
  if (/libs\.plugins\.spring\.boot|libs\.spring\.boot/.test(code)) result.dependencies.push('org.springframework.boot')
  if (/kotlin\s*\(\s*["']plugin\.spring["']\s*\)/.test(code)) result.dependencies.push('org.jetbrains.kotlin.plugin.spring')
  return result
}
