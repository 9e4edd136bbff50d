import { defineMessages } from "../define.js";

/**
 * Problems found while reading a file and its fields, before any rule: the `read` and `parse` rules.
 * They name the field and say the exact fix; they never assume the reader knows YAML's terms.
 */
export const PARSE_MESSAGES = defineMessages({
  en: {
    "read/description": "The file can be read: UTF-8 text, not empty, not binary, not too large.",
    "read/too-large":
      "The file is {size, number} bytes; lessonbook reads incident files of up to {max, number} bytes. Move long material (transcripts, exports) to a linked document.",
    "read/binary": "This file is binary (it contains a NUL byte), not a Markdown incident; save the post-mortem as a .md text file.",
    "read/not-utf8": "This line is not UTF-8 text, the encoding editors and GitHub expect; save the file again as UTF-8.",
    "read/empty":
      "The file is empty. An incident starts with a --- line, its fields, and another --- line; run lessonbook new to start one.",
    "read/unreadable": "The file could not be read (error {code}).",
    "read/permission-denied": "The file could not be read: permission denied.",
    "read/is-folder": "This is a folder, not a file.",
    "read/gone": "The file disappeared while lessonbook was reading the folder.",
    "read/internal": "lessonbook could not check this file (a bug in lessonbook, please report it): {reason}",
    "parse/description": "The fields at the top of the file (the front-matter between --- lines) can be read.",
    "parse/no-front-matter":
      "The file does not start with ---. An incident starts with its fields between two lines that are exactly ---; the first line must be ---.",
    "parse/refused-language":
      'The fields are marked as "{language}" (---{language}); lessonbook reads only YAML and did not run or read them. Make the first line exactly ---.',
    "parse/never-closed": "The fields at the top are never closed: add a line that is exactly --- after the last field.",
    "parse/stray-dashes":
      "Line {line} starts with --- inside the fields at the top; only the closing line may be ---. Remove it, or put # in front to make it a comment.",
    "parse/not-a-mapping":
      "The part between the --- lines must be fields, one name: value per line; found {found, select, nothing {nothing} list {a list} other {a single value}}.",
    "parse/tab-indent":
      "Line {line} is indented with a tab; use spaces ({unit} per level{example, plural, =0 {} other {, as on line {example}}}).",
    "parse/odd-space-indent":
      "Line {line} is indented with a space that is not a plain space (a non-breaking space, often pasted from a document); use ordinary spaces.",
    "parse/odd-space-after-colon": 'After "{key}:" there is a non-breaking space (often pasted from a document); use an ordinary space.',
    "parse/space-after-colon": '"{written}" needs a space after the colon: "{key}: …".',
    "parse/missing-colon": '"{key}" needs a colon after it: "{key}: …".',
    "parse/typographic-quotes":
      'The value of "{key}" is wrapped in typographic quotes {open}…{close}; YAML needs straight quotes "…" (or none).',
    "parse/unclosed-quote": 'The value of "{key}" opens a quote {quote} that is never closed; end the value with {quote}.',
    "parse/glued-comment": 'After the value of "{key}", the # needs a space before it to start a comment.',
    "parse/text-after-quote":
      'The value of "{key}" has text after its closing quote; put the whole value inside one pair of double quotes.',
    "parse/hash-in-list":
      'In "{key}", {item} starts with #, which YAML reads as the start of a comment; put such values in double quotes: "{item}".',
    "parse/hashtag-list":
      'YAML reads "{key}: {value}" as empty, because a # after a space starts a comment; write the list with each value in double quotes: ["#…"].',
    "parse/hashtag-value":
      'YAML reads "{key}" as empty, because a # after a space starts a comment; put the value in double quotes: "{value}".',
    "parse/unclosed-bracket": 'The value of "{key}" opens {bracket} and the line never closes it; end the value with {closer}.',
    "parse/colon-in-value": 'The value of "{key}" contains ": ", which YAML reads as a new field; wrap the whole value in double quotes.',
    "parse/starts-with-bracket":
      'The value of "{key}" starts with {char}, which YAML reads as the start of a list or a group of fields; wrap the whole value in double quotes.',
    "parse/reserved-start":
      'The value of "{key}" starts with {char}, which YAML keeps for its own syntax; wrap the whole value in double quotes.',
    "parse/yaml-tag":
      '{tag} in "{key}" is a YAML tag: lessonbook does not use tags and read the value without it. Remove it, or wrap the whole value in double quotes if it is part of the text.',
    "parse/yaml-tag-plain": "{tag} is a YAML tag: lessonbook does not use tags and read the value without it. Remove it.",
    "parse/duplicate-key": '"{key}" appears twice (lines {first} and {second}); keep one.',
    "parse/duplicate-key-here": "Line {line} repeats a field name already used in the same group; keep one.",
    "parse/bad-indent":
      "Line {line} is not indented like the lines around it: fields of the same group start in the same column, and the fields inside a group two spaces further in.",
    "parse/line-not-key-value":
      "Line {line} cannot be read: each line is name: value, a list item - value, or the continuation of the text above it, indented further. Look for a missing colon or unclosed quotes.",
    "parse/missing-char":
      "Line {line} leaves a bracket or a quote open; close it on the same line, or wrap the whole value in double quotes.",
    "parse/unknown-alias":
      "On line {line} a value starts with *, which YAML reads as a reference to a value marked with &; wrap the whole value in double quotes.",
    "parse/second-document":
      "Line {line} ends the block of fields early (a --- or ... line); the fields are one block between the first two --- lines, with no such line in between.",
    "parse/bad-escape":
      "Line {line} has a backslash that cannot be read inside double quotes; write \\\\ for a backslash, or use single quotes.",
    "parse/yaml-error": "Line {line} cannot be read as a field. Compare its indentation and punctuation with the lines above it.",
    "parse/alias-bomb":
      "These references (*name) would expand to more than {max, number} values; lessonbook stopped reading the fields here. Write the values out instead.",
    "parse/alias-loop":
      "On line {line} a reference (*name) points to the value that holds it, so it would never end; lessonbook stopped reading the fields here. Write the values out instead.",
    "parse/limit-lineLength":
      "This line of the fields is {found, number} characters long; lessonbook reads lines of up to {max, number}. Move long text to the body of the post-mortem.",
    "parse/limit-depth": "The fields are nested {found, number} levels deep here; lessonbook reads at most {max, number}.",
    "parse/limit-keys":
      "The fields have more than {max, number} names; lessonbook reads at most {max, number}. Move long material to the body.",
    "parse/limit-items": "The fields have more than {max, number} list entries; lessonbook reads at most {max, number}.",
    "parse/limit-aliases": "The fields use more than {max, number} references (*name); lessonbook reads at most {max, number}.",
  },
  es: {
    "read/description": "El archivo se puede leer: texto UTF-8, no vacío, no binario, no demasiado grande.",
    "read/too-large":
      "El archivo ocupa {size, number} bytes; lessonbook lee archivos de incidentes de hasta {max, number} bytes. Pasa el material largo (transcripciones, exportaciones) a un documento enlazado.",
    "read/binary":
      "Este archivo es binario (contiene un byte NUL), no un incidente en Markdown; guarda el post-mortem como archivo de texto .md.",
    "read/not-utf8":
      "Esta línea no es texto UTF-8, la codificación que esperan los editores y GitHub; vuelve a guardar el archivo como UTF-8.",
    "read/empty":
      "El archivo está vacío. Un incidente empieza con una línea ---, sus campos y otra línea ---; ejecuta lessonbook new para empezar uno.",
    "read/unreadable": "No se pudo leer el archivo (error {code}).",
    "read/permission-denied": "No se pudo leer el archivo: permiso denegado.",
    "read/is-folder": "Es una carpeta, no un archivo.",
    "read/gone": "El archivo desapareció mientras lessonbook leía la carpeta.",
    "read/internal": "lessonbook no pudo revisar este archivo (un fallo de lessonbook; por favor, avísanos): {reason}",
    "parse/description": "Los campos del principio del archivo (el front-matter entre líneas ---) se pueden leer.",
    "parse/no-front-matter":
      "El archivo no empieza con ---. Un incidente empieza con sus campos entre dos líneas que son exactamente ---; la primera línea debe ser ---.",
    "parse/refused-language":
      'Los campos están marcados como "{language}" (---{language}); lessonbook solo lee YAML y no los ejecutó ni los leyó. Deja la primera línea exactamente como ---.',
    "parse/never-closed": "Los campos del principio nunca se cierran: añade una línea que sea exactamente --- después del último campo.",
    "parse/stray-dashes":
      "La línea {line} empieza con --- dentro de los campos del principio; solo la línea de cierre puede ser ---. Bórrala o pon # delante para convertirla en comentario.",
    "parse/not-a-mapping":
      "Lo que va entre las líneas --- deben ser campos, un nombre: valor por línea; se encontró {found, select, nothing {nada} list {una lista} other {un valor suelto}}.",
    "parse/tab-indent":
      "La línea {line} tiene sangría con tabulador; usa espacios ({unit} por nivel{example, plural, =0 {} other {, como en la línea {example}}}).",
    "parse/odd-space-indent":
      "La línea {line} tiene sangría con un espacio que no es un espacio normal (un espacio de no separación, que suele venir de pegar desde un documento); usa espacios normales.",
    "parse/odd-space-after-colon":
      'Después de "{key}:" hay un espacio de no separación (suele venir de pegar desde un documento); usa un espacio normal.',
    "parse/space-after-colon": '"{written}" necesita un espacio después de los dos puntos: "{key}: …".',
    "parse/missing-colon": '"{key}" necesita dos puntos detrás: "{key}: …".',
    "parse/typographic-quotes":
      'El valor de "{key}" va entre comillas tipográficas {open}…{close}; YAML necesita comillas rectas "…" (o ninguna).',
    "parse/unclosed-quote": 'El valor de "{key}" abre unas comillas {quote} que nunca se cierran; termina el valor con {quote}.',
    "parse/glued-comment": 'Después del valor de "{key}", el # necesita un espacio delante para empezar un comentario.',
    "parse/text-after-quote":
      'El valor de "{key}" tiene texto después de cerrar las comillas; pon todo el valor dentro de un solo par de comillas dobles.',
    "parse/hash-in-list":
      'En "{key}", {item} empieza con #, que YAML lee como el inicio de un comentario; pon esos valores entre comillas dobles: "{item}".',
    "parse/hashtag-list":
      'YAML lee "{key}: {value}" como vacío, porque un # después de un espacio empieza un comentario; escribe la lista con cada valor entre comillas dobles: ["#…"].',
    "parse/hashtag-value":
      'YAML lee "{key}" como vacío, porque un # después de un espacio empieza un comentario; pon el valor entre comillas dobles: "{value}".',
    "parse/unclosed-bracket": 'El valor de "{key}" abre {bracket} y la línea nunca lo cierra; termina el valor con {closer}.',
    "parse/colon-in-value": 'El valor de "{key}" contiene ": ", que YAML lee como un campo nuevo; pon todo el valor entre comillas dobles.',
    "parse/starts-with-bracket":
      'El valor de "{key}" empieza con {char}, que YAML lee como el inicio de una lista o de un grupo de campos; pon todo el valor entre comillas dobles.',
    "parse/reserved-start":
      'El valor de "{key}" empieza con {char}, que YAML reserva para su propia sintaxis; pon todo el valor entre comillas dobles.',
    "parse/yaml-tag":
      '{tag} en "{key}" es una etiqueta de YAML: lessonbook no usa etiquetas y leyó el valor sin ella. Bórrala, o pon todo el valor entre comillas dobles si es parte del texto.',
    "parse/yaml-tag-plain": "{tag} es una etiqueta de YAML: lessonbook no usa etiquetas y leyó el valor sin ella. Bórrala.",
    "parse/duplicate-key": '"{key}" aparece dos veces (líneas {first} y {second}); deja solo una.',
    "parse/duplicate-key-here": "La línea {line} repite un nombre de campo que ya se usa en el mismo grupo; deja solo uno.",
    "parse/bad-indent":
      "La línea {line} no tiene la misma sangría que las de su alrededor: los campos de un mismo grupo empiezan en la misma columna, y los campos de dentro de un grupo, dos espacios más adentro.",
    "parse/line-not-key-value":
      "No se puede leer la línea {line}: cada línea es nombre: valor, un elemento de lista - valor, o la continuación del texto de arriba con más sangría. Busca unos dos puntos que falten o unas comillas sin cerrar.",
    "parse/missing-char":
      "La línea {line} deja abierto un corchete o unas comillas; ciérralos en la misma línea, o pon todo el valor entre comillas dobles.",
    "parse/unknown-alias":
      "En la línea {line} un valor empieza con *, que YAML lee como una referencia a un valor marcado con &; pon todo el valor entre comillas dobles.",
    "parse/second-document":
      "La línea {line} cierra antes de tiempo el bloque de campos (una línea --- o ...); los campos son un solo bloque entre las dos primeras líneas ---, sin ninguna de esas líneas en medio.",
    "parse/bad-escape":
      "La línea {line} tiene una barra invertida que no se puede leer dentro de comillas dobles; escribe \\\\ para una barra invertida, o usa comillas simples.",
    "parse/yaml-error": "La línea {line} no se puede leer como un campo. Compara su sangría y su puntuación con las líneas de arriba.",
    "parse/alias-bomb":
      "Estas referencias (*nombre) se expandirían a más de {max, number} valores; lessonbook dejó de leer los campos aquí. Escribe los valores completos.",
    "parse/alias-loop":
      "En la línea {line} una referencia (*nombre) apunta al valor que la contiene, así que no terminaría nunca; lessonbook dejó de leer los campos aquí. Escribe los valores completos.",
    "parse/limit-lineLength":
      "Esta línea de los campos tiene {found, number} caracteres; lessonbook lee líneas de hasta {max, number}. Pasa el texto largo al cuerpo del post-mortem.",
    "parse/limit-depth": "Aquí los campos están anidados {found, number} niveles; lessonbook lee como mucho {max, number}.",
    "parse/limit-keys":
      "Los campos tienen más de {max, number} nombres; lessonbook lee como mucho {max, number}. Pasa el material largo al cuerpo.",
    "parse/limit-items": "Los campos tienen más de {max, number} elementos de lista; lessonbook lee como mucho {max, number}.",
    "parse/limit-aliases": "Los campos usan más de {max, number} referencias (*nombre); lessonbook lee como mucho {max, number}.",
  },
});
