import { describe, expect, it } from 'vitest'
import { headingKinds, normalizeWords } from '../../src/facts/readme/heading-words.js'

describe('headingKinds', () => {
  it.each([
    // English
    ['Installation', 'setup'], ['Getting Started', 'setup'], ['Quick start', 'setup'], ['🚀 Running locally', 'setup'],
    ['How to run', 'setup'], ['Usage', 'setup'], ['Step 1: Install dependencies', 'setup'], ['Local development', 'setup'],
    // Spanish
    ['Instalación', 'setup'], ['Cómo ejecutar el proyecto', 'setup'], ['Ejecutar en Dev', 'setup'], ['Puesta en marcha', 'setup'],
    ['Correr el servidor', 'setup'], ['Primeros pasos', 'setup'],
    // Portuguese
    ['Instalação', 'setup'], ['Como rodar o projeto', 'setup'], ['Execução', 'setup'], ['Primeiros passos', 'setup'],
    // French
    ['Démarrage rapide', 'setup'], ['Lancer le projet', 'setup'], ['Mise en route', 'setup'], ['Utilisation', 'setup'],
    // German
    ['Einrichtung', 'setup'], ['Schnellstart', 'setup'], ['Ausführen', 'setup'], ['Erste Schritte', 'setup'],
    // Russian
    ['Установка', 'setup'], ['Установка и запуск', 'setup'], ['Запуск проекта', 'setup'], ['Быстрый старт', 'setup'],
    ['Как развернуть', 'setup'],
    // Indonesian
    ['Instalasi', 'setup'], ['Cara Menjalankan', 'setup'], ['Menjalankan Aplikasi', 'setup'], ['Memulai', 'setup'],
  ])('reads "%s" as a %s section', (title, kind) => {
    expect(headingKinds(title).has(kind as 'setup')).toBe(true)
  })

  it.each([
    ['Configuration', 'config'], ['Environment variables', 'config'], ['Variables de entorno', 'config'],
    ['Variáveis de ambiente', 'config'], ["Variables d'environnement", 'config'], ['Umgebungsvariablen', 'config'],
    ['Переменные окружения', 'config'], ['Конфигурация', 'config'], ['Konfigurasi', 'config'], ['Setup your .env', 'config'],
    ['Architecture', 'architecture'], ['Project structure', 'architecture'], ['Folder Structure', 'architecture'],
    ['Trade-offs', 'architecture'], ['Estructura del proyecto', 'architecture'], ['Arquitetura', 'architecture'],
    ['Projektstruktur', 'architecture'], ['Архитектура', 'architecture'], ['Struktur Proyek', 'architecture'],
    ['API', 'api'], ['Endpoints', 'api'], ['API Reference', 'api'], ['Rutas', 'api'], ['Rotas da API', 'api'],
    ['Points de terminaison', 'api'], ['Endpunkte', 'api'], ['Эндпоинты', 'api'], ['Daftar Endpoint', 'api'],
    ['Requirements', 'prerequisites'], ['Prérequis', 'prerequisites'], ['Требования', 'prerequisites'], ['Prasyarat', 'prerequisites'],
  ])('reads "%s" as a %s section', (title, kind) => {
    expect(headingKinds(title).has(kind as 'config')).toBe(true)
  })

  it.each(['Tech stack', 'Built with', 'License', 'Contributing', 'Screenshots', 'Autor', 'Лицензия', 'Tecnologías'])(
    'gives "%s" no kind',
    (title) => {
      expect([...headingKinds(title)]).toEqual([])
    },
  )

  it('ignores a sentence that happens to contain a setup word', () => {
    expect(headingKinds('This project is a small API that I built to learn how to run things in production').size).toBe(0)
  })

  it('normalises case, accents and Cyrillic letters with diacritics', () => {
    expect(normalizeWords('Démarrage RAPIDE — Быстрый старт, ёлка .env')).toEqual(['demarrage', 'rapide', 'быстрыи', 'старт', 'елка', '.env'])
  })
})
