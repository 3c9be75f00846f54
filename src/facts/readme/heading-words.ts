/** @module Section kinds from heading words in English, Spanish, Portuguese, French, German, Russian and Indonesian (plus close neighbours). Pure. */

/** What a README section is about, judged by its heading. `prerequisites` counts as setup only when it holds a command. */
export type SectionKind = 'setup' | 'prerequisites' | 'config' | 'architecture' | 'api'

/**
 * Heading vocabulary, already normalised (lower case, no accents, ё -> е, й -> и). A phrase matches whole words in
 * order; a trailing `*` lets the last word take any ending, which covers inflection (instalación, instalação,
 * instalasi, установка/установки) without listing every form.
 */
const VOCABULARY: Record<SectionKind, string[]> = {
  setup: [
    // English
    'setup', 'set up', 'set-up', 'instal*', 'getting started', 'get started', 'quick start', 'quickstart', 'quick-start',
    'how to run', 'how to start', 'how to use', 'how to build', 'running', 'run', 'run locally', 'running locally',
    'usage', 'local development', 'development', 'developing', 'build and run', 'start', 'starting', 'launch*',
    'deploy locally', 'local setup', 'try it', 'try it out', 'first steps', 'build', 'instructions',
    // Spanish
    'uso', 'instrucciones', 'ejecu*', 'ejecutar', 'correr', 'como correr', 'como ejecutar', 'iniciar', 'inicio rapido',
    'primeros pasos', 'puesta en marcha', 'levantar', 'despliegue local', 'desarrollo local', 'arranque', 'como usar',
    'como empezar', 'empezando', 'comenzando', 'montaje',
    // Portuguese
    'como rodar', 'rodar', 'rodando', 'execu*', 'como usar', 'utilizacao', 'primeiros passos', 'inicio', 'comecando',
    'como comecar', 'configuracao inicial', 'subir o projeto', 'rodar o projeto', 'inicializacao', 'instrucoes',
    // French
    'utilisation', 'demarrage', 'demarrage rapide', 'lancement', 'lancer', 'lancer le projet', 'prise en main',
    'mise en route', 'pour commencer', 'premiers pas', 'mise en place', 'deploiement local', 'comment lancer',
    // German
    'einrichtung', 'einrichten', 'schnellstart', 'erste schritte', 'ausfuhr*', 'ausfuehr*', 'starten', 'nutzung',
    'verwendung', 'benutzung', 'inbetriebnahme', 'lokal starten', 'lokale entwicklung', 'entwicklung',
    // Russian
    'установ*', 'запуск*', 'запустить', 'быстрыи старт', 'начало работы', 'использован*', 'как запустить',
    'развертыван*', 'развернуть', 'как развернуть', 'локальныи запуск', 'сборка', 'сборка и запуск',
    // Indonesian / Malay
    'pemasangan', 'cara menjalankan', 'menjalankan', 'jalankan', 'penggunaan', 'cara penggunaan', 'cara pakai',
    'memulai', 'mulai', 'mulai cepat', 'cara install', 'cara instal', 'panduan', 'cara menggunakan', 'persiapan',
    // Dutch, Italian, Turkish, Vietnamese, Polish (cheap extra reach)
    'gebruik', 'opstarten', 'utilizzo', 'avvio', 'kurulum', 'calistirma', 'cai dat', 'uruchomienie',
  ],
  prerequisites: [
    'requirements', 'prerequisites', 'pre-requisites', 'dependencies', 'requisitos', 'requisitos previos',
    'pre-requisitos', 'prerequis', 'prerrequisitos', 'dependencias', 'voraussetzungen', 'anforderungen',
    'abhangigkeiten', 'требован*', 'зависимост*', 'persyaratan', 'prasyarat', 'kebutuhan', 'dependensi',
  ],
  config: [
    'configuration', 'config', 'configuring', 'configure', 'environment', 'environment variables', 'env',
    'env vars', 'env variables', 'environment setup', 'settings', '.env', 'dotenv', 'secrets',
    'configuracion', 'variables de entorno', 'entorno', 'ajustes', 'configuracao', 'variaveis de ambiente',
    'ambiente', 'variables d\'environnement', 'environnement', 'parametres', 'parametrage', 'konfiguration',
    'umgebungsvariablen', 'umgebung', 'einstellungen', 'конфигурац*', 'настроик*', 'настройка', 'переменные окружения',
    'переменные среды', 'окружени*', 'konfigurasi', 'variabel lingkungan', 'pengaturan', 'variabel env',
  ],
  architecture: [
    'architecture', 'design', 'system design', 'project structure', 'folder structure', 'directory structure',
    'file structure', 'code structure', 'structure', 'project layout', 'layout', 'tradeoffs', 'trade-offs',
    'trade offs', 'design decisions', 'technical decisions', 'how it works', 'data model', 'data flow', 'overview of the code',
    'arquitectura', 'diseno', 'estructura*', 'decisiones tecnicas', 'arquitetura', 'estrutura*', 'decisoes',
    'conception', 'arborescence', 'organisation du code', 'architektur', 'aufbau', 'projektstruktur',
    'ordnerstruktur', 'verzeichnisstruktur', 'struktur*', 'entwurf', 'архитектур*', 'структур*', 'устроиство',
    'дизаин', 'arsitektur', 'desain', 'rancangan', 'alur aplikasi', 'architettura', 'struttura', 'mimari',
  ],
  api: [
    'api', 'apis', 'endpoints', 'endpoint', 'routes', 'api routes', 'api reference', 'api documentation', 'rest api',
    'api docs', 'rutas', 'rotas', 'points de terminaison', 'points d\'acces', 'endpunkte', 'routen', 'schnittstelle*',
    'эндпоинт*', 'ендпоинт*', 'маршрут*', 'конечные точки', 'методы api', 'rute', 'daftar endpoint',
  ],
}

/** Lower case, accents stripped (é -> e, ç -> c, й -> и, ё -> е), so every spelling of a heading compares the same. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .split(/[^\p{L}\p{N}.'-]+/u)
    // trim punctuation around a word, but keep the dot of `.env`
    .map((w) => (w.startsWith('.env') ? w.replace(/[.'-]+$/, '') : w.replace(/^[.'-]+|[.'-]+$/g, '')))
    .filter(Boolean)
}

type Phrase = { words: string[]; prefix: boolean }

/** "Running tests", "Ejecutar pruebas", "Запуск тестов" are about tests, not about getting the app running. */
const TESTS = ['test*', 'prueba*', 'teste*', 'тест*', 'pengujian', 'uji', 'lint*']
/** Setup words strong enough to win over test words ("Installation and tests" is still setup). */
const STRONG_SETUP = ['instal*', 'setup', 'set up', 'getting started', 'quick start', 'quickstart', 'установ*', 'einrichtung', 'pemasangan']

function phrases(list: string[]): Phrase[] {
  return list.map((entry) => {
    const prefix = entry.endsWith('*')
    return { words: normalizeWords(prefix ? entry.slice(0, -1) : entry), prefix }
  })
}

const PHRASES = Object.entries(VOCABULARY).map(([kind, list]) => [kind as SectionKind, phrases(list)] as const)
const TEST_PHRASES = phrases(TESTS)
const STRONG_PHRASES = phrases(STRONG_SETUP)

function matchesAt(words: string[], start: number, phrase: Phrase): boolean {
  const n = phrase.words.length
  if (start + n > words.length) return false
  for (let k = 0; k < n; k++) {
    const want = phrase.words[k]!
    const got = words[start + k]!
    const last = k === n - 1
    if (last && phrase.prefix ? !got.startsWith(want) : got !== want) return false
  }
  return true
}

/**
 * The kinds a heading announces. Headings longer than 12 words are sentences, not section names, and announce nothing.
 * @example headingKinds('🚀 Instalación y uso') // Set { 'setup' }
 */
export function headingKinds(title: string): Set<SectionKind> {
  const words = normalizeWords(title)
  const kinds = new Set<SectionKind>()
  if (words.length === 0 || words.length > 12) return kinds
  const has = (list: Phrase[]): boolean => list.some((p) => words.some((_, i) => matchesAt(words, i, p)))
  for (const [kind, list] of PHRASES) if (has(list)) kinds.add(kind)
  if (kinds.has('setup') && has(TEST_PHRASES) && !has(STRONG_PHRASES)) kinds.delete('setup')
  return kinds
}
