/** @module How request validation shows in code, per ecosystem. Data only. */
import type { Language } from '../../types.js'
import type { Signal } from './signals.js'

const JS: Language[] = ['javascript']
const PY: Language[] = ['python']

/**
 * Schema libraries whose schemas may sit in their own module: they count only in a file that is a
 * route file or is imported by another app file (a zod schema file nothing imports validates nothing).
 */
export const SCHEMA_SIGNALS: readonly Signal[] = [
  { label: 'zod schema', languages: JS, modules: ['zod'] },
  { label: 'joi schema', languages: JS, modules: ['joi', '@hapi/joi'] },
  { label: 'yup schema', languages: JS, modules: ['yup'] },
  { label: 'express-validator chain', languages: JS, modules: ['express-validator'] },
  { label: 'celebrate validator', languages: JS, modules: ['celebrate'] },
  { label: 'ajv validator', languages: JS, modules: ['ajv'] },
  { label: 'superstruct schema', languages: JS, modules: ['superstruct'] },
  { label: 'valibot schema', languages: JS, modules: ['valibot'] },
  { label: 'TypeBox schema', languages: JS, modules: ['@sinclair/typebox', 'typebox'] },
  { label: 'Hono validator', languages: JS, modules: ['hono/validator', '@hono/zod-validator', '@hono/valibot-validator', '@hono/typebox-validator', '@hono/arktype-validator'] },
  { label: 'jsonschema validate', languages: PY, modules: ['jsonschema'], pattern: /\bvalidate\s*\(|\bDraft\d+Validator\b/ },
  { label: 'cerberus/voluptuous schema', languages: PY, modules: ['cerberus', 'voluptuous'] },
]

/** class-validator DTOs validate only through ValidationPipe (NestJS) or an explicit validate() call. */
export const CLASS_VALIDATOR_MODULES = ['class-validator']
export const CLASS_VALIDATOR_SWITCH: Signal = {
  label: 'ValidationPipe / class-validator validate()',
  languages: JS,
  pattern: /\bValidationPipe\b|\b(validate|validateOrReject|validateSync)\s*\(/,
}

/** Constraint attributes (`#[Assert\\NotBlank]`, or imported by name `#[Length(max: 50)]`) and `new Assert\\Email()`. */
const SYMFONY_CONSTRAINT = new RegExp(
  String.raw`#\[\s*Assert\\\w+|\bnew\s+Assert\\\w+\s*\(|#\[\s*(NotBlank|NotNull|Length|Email|Positive|PositiveOrZero|Negative|NegativeOrZero|Range|Choice|Regex|Count|` +
    String.raw`Valid|Type|Url|Uuid|Ulid|GreaterThan\w*|LessThan\w*|EqualTo|NotEqualTo|Date|DateTime|Json|Collection|Callback|Expression|File|Image|` +
    String.raw`Ip|Iban|Isbn|Currency|Country|Locale|Timezone|Hostname|UniqueEntity|PasswordStrength|NotCompromisedPassword|Sequentially|AtLeastOneOf)\b`,
)

/** Validation whose use site is itself in the request path (views, controllers, handlers). */
export const DIRECT_SIGNALS: readonly Signal[] = [
  // schemas are often built on an extension object (flask-marshmallow `ma`), so the import may sit elsewhere
  { label: 'marshmallow schema load', languages: PY, modules: ['marshmallow', 'flask_marshmallow', 'marshmallow_sqlalchemy'], scope: 'project', pattern: /\b\w*schema\w*(\(\))?\.(load|validate)\s*\(/i },
  { label: 'pydantic validation call', languages: PY, modules: ['pydantic'], scope: 'project', pattern: /\.(model_validate|model_validate_json|parse_obj|parse_raw)\s*\(/ },
  { label: 'webargs / flask-smorest arguments', languages: PY, modules: ['webargs', 'flask_smorest'], scope: 'project', pattern: /@(use_args|use_kwargs)\s*\(|@\w+\.arguments\s*\(|\bparser\.parse\s*\(/ },
  { label: 'Flask-Pydantic validate', languages: PY, modules: ['flask_pydantic'], pattern: /@validate\s*\(/ },
  { label: 'DRF serializer in a view', languages: PY, modules: ['rest_framework'], pattern: /\bserializer_class\s*=|Serializer\s*\(\s*(data|instance)\s*=|\.is_valid\s*\(/ },
  { label: 'Django form in a view', languages: PY, modules: ['django'], pattern: /\bform_class\s*=|Form\s*\(\s*(request\.POST|data\s*=)|\.is_valid\s*\(|^\s*class\s+\w+\s*\([^)]*\b(CreateView|UpdateView|FormView)\b/ },
  { label: 'WTForms validate_on_submit', languages: PY, modules: ['flask_wtf', 'wtforms'], scope: 'project', pattern: /\.validate_on_submit\s*\(|\bform\.validate\s*\(/ },
  {
    label: 'gin binding tags with ShouldBind',
    all: [
      { label: 'binding tags', languages: ['go'], pattern: /`[^`]*\bbinding:"[^"]+"/ },
      { label: 'ShouldBind/Bind call', languages: ['go'], pattern: /\.(ShouldBind\w*|MustBind\w*|Bind\w*)\s*\(/ },
    ],
  },
  {
    label: 'go-playground/validator',
    all: [
      { label: 'validate tags', languages: ['go'], pattern: /`[^`]*\bvalidate:"[^"]+"/ },
      { label: 'validator in use', languages: ['go'], modules: ['github.com/go-playground/validator'], pattern: /\bvalidator\.New\s*\(|\.(Struct|StructCtx)\s*\(/ },
    ],
  },
  { label: 'ozzo-validation', languages: ['go'], modules: ['github.com/go-ozzo/ozzo-validation'], pattern: /\bvalidation\.(ValidateStruct|Validate)\s*\(/ },
  {
    label: 'Bean Validation',
    all: [
      { label: '@Valid on a request', languages: ['java'], pattern: /@(Valid|Validated)\b/ },
      {
        label: 'constraint annotations',
        languages: ['java'],
        pattern: /@(NotNull|NotBlank|NotEmpty|Email|Size|Min|Max|Pattern|Positive|PositiveOrZero|Negative|Past|Future|PastOrPresent|FutureOrPresent|Digits|DecimalMin|DecimalMax|Length|Range)\b/,
      },
    ],
  },
  { label: 'Laravel validate()', languages: ['php'], pattern: /\$request->validate\s*\(|\$this->validate\s*\(|\bValidator::make\s*\(|(?<![\w>$:])validator\s*\(|->validated\s*\(/ },
  {
    label: 'Laravel FormRequest',
    all: [
      { label: 'FormRequest class', languages: ['php'], pattern: /\bextends\s+FormRequest\b/ },
      { label: 'FormRequest type-hinted in a controller', languages: ['php'], pattern: /[(,]\s*(?!Request\b)\w+Request\s+\$\w+/ },
    ],
  },
  {
    // Constraints alone validate nothing: a payload mapped with #[MapRequestPayload], a validator call or API Platform runs them
    label: 'Symfony Validator constraints',
    all: [
      { label: 'Symfony Validator constraints', languages: ['php'], modules: ['Symfony\\Component\\Validator'], pattern: SYMFONY_CONSTRAINT },
      {
        label: 'constraints checked on request input',
        languages: ['php'],
        pattern: /#\[\s*Map(RequestPayload|QueryString)\b|\bValidatorInterface\s+\$\w+|\$\w*validator->validate\s*\(|#\[\s*ApiResource\b/i,
      },
    ],
  },
  { label: 'Symfony form validated', languages: ['php'], pattern: /->isSubmitted\s*\(\s*\)\s*&&\s*\$\w+->isValid\s*\(/ },
  { label: 'Rails model validations', languages: ['ruby'], paths: /(^|\/)app\/models\//, pattern: /^\s*(validates?|validates_\w+_of|validates_with)\s+:?\w/ },
  { label: 'dry-validation contract', languages: ['ruby'], pattern: /\bDry::(Validation|Schema)\b/ },
  {
    label: 'DataAnnotations with [ApiController]',
    all: [
      { label: 'DataAnnotations attributes', languages: ['csharp'], pattern: /\[(property:\s*)?(Required|StringLength|EmailAddress|Range|MaxLength|MinLength|RegularExpression|Compare|Phone|Url)\b/ },
      { label: 'automatic or explicit model validation', languages: ['csharp'], pattern: /\[ApiController\]|ModelState\.IsValid|\.AddValidation\s*\(|Validator\.TryValidateObject|MiniValidator/ },
    ],
  },
  {
    label: 'FluentValidation',
    all: [
      { label: 'AbstractValidator', languages: ['csharp'], pattern: /:\s*AbstractValidator\s*</ },
      { label: 'validator registered or called', languages: ['csharp'], pattern: /AddValidatorsFromAssembly|AddFluentValidation|\.ValidateAsync\s*\(|\.Validate\s*\(|ValidateAndThrow/ },
    ],
  },
]

/** Rails strong parameters: shown alongside model validations, never enough alone (they filter, not validate). */
export const STRONG_PARAMS: Signal = {
  label: 'Rails strong parameters',
  languages: ['ruby'],
  pattern: /\bparams\.(require\s*\(.*\)\s*\.permit|permit|expect)\s*\(/,
}
