import { defineMessages } from "../define.js";

/**
 * Writing to the output folder (`build`) and to an output file (`report --out`): shortcuts (symbolic
 * links) that lessonbook refuses to follow, files it did not write, names too long for the disk.
 */
export const OUTPUT_MESSAGES = defineMessages({
  en: {
    "output.link":
      "{link} is a shortcut (a symbolic link) to somewhere else. lessonbook never writes through shortcuts, so nothing was written. Delete the shortcut {link} and build again, or choose another --out folder.",
    "output.not-ours":
      "{file} exists and was not written by {generator}, so it was left as it is and nothing was written. Move or rename that file, or choose another --out.",
    "output.bad-name":
      "Cannot write {file}: a page name must be a plain path inside the output folder. This is a bug in lessonbook; please report it.",
    "output.name-too-long":
      "Cannot write {file}: one part of its name is too long for the file system ({bytes} bytes; the limit is {limit}). Shorten the incident id (and its file name), cause or channel the page is named after.",
    "output.path-too-long":
      "Cannot write {file}: its full path is too long for the file system ({bytes} bytes; the limit is {limit}). Choose an --out folder closer to the working directory, or shorten the incident id the page is named after.",
    "output.file-is-link":
      "{file} is a shortcut (a symbolic link) to somewhere else; lessonbook never writes through shortcuts. Delete the shortcut or choose another --out file.",
    "output.not-a-file": "{file} is not an ordinary file; choose another --out file.",
    "output.busy":
      "Another lessonbook build is writing {out} right now (process {pid}), so nothing was written. Wait for it to finish and build again. If no other build is running, delete {lock} and build again.",
    "output.out-is-link":
      "{option} {out} is a shortcut (a symbolic link) to somewhere else; lessonbook writes only inside the working directory, never through shortcuts. Give the real path instead, or delete the shortcut.",
    "output.out-through-link":
      "{option} {out} goes through {link}, a shortcut (a symbolic link) to somewhere else; lessonbook writes only inside the working directory, never through shortcuts. Give the real path instead, or replace {link} with an ordinary folder.",
  },
  es: {
    "output.link":
      "{link} es un acceso directo (un enlace simbólico) a otro lugar. lessonbook nunca escribe a través de accesos directos, así que no se escribió nada. Borra el acceso directo {link} y vuelve a compilar, o elige otra carpeta con --out.",
    "output.not-ours":
      "{file} ya existe y no lo escribió {generator}: se dejó como estaba y no se escribió nada. Mueve o renombra ese archivo, o elige otro --out.",
    "output.bad-name":
      "No se puede escribir {file}: el nombre de una página debe ser una ruta simple dentro de la carpeta de salida. Es un fallo de lessonbook; por favor, avísanos.",
    "output.name-too-long":
      "No se puede escribir {file}: una parte de su nombre es demasiado larga para el sistema de archivos ({bytes} bytes; el límite es {limit}). Acorta el id del incidente (y el nombre de su archivo), la causa o el canal que da nombre a la página.",
    "output.path-too-long":
      "No se puede escribir {file}: su ruta completa es demasiado larga para el sistema de archivos ({bytes} bytes; el límite es {limit}). Elige con --out una carpeta más cercana al directorio de trabajo o acorta el id del incidente que da nombre a la página.",
    "output.file-is-link":
      "{file} es un acceso directo (un enlace simbólico) a otro lugar; lessonbook nunca escribe a través de accesos directos. Borra el acceso directo o elige otro archivo con --out.",
    "output.not-a-file": "{file} no es un archivo normal; elige otro archivo con --out.",
    "output.busy":
      "Otra compilación de lessonbook está escribiendo {out} en este momento (proceso {pid}), así que no se escribió nada. Espera a que termine y vuelve a compilar. Si no hay otra compilación en marcha, borra {lock} y vuelve a compilar.",
    "output.out-is-link":
      "{option} {out} es un acceso directo (un enlace simbólico) a otro lugar; lessonbook solo escribe dentro del directorio de trabajo y nunca a través de accesos directos. Indica la ruta real o borra el acceso directo.",
    "output.out-through-link":
      "{option} {out} pasa por {link}, un acceso directo (un enlace simbólico) a otro lugar; lessonbook solo escribe dentro del directorio de trabajo y nunca a través de accesos directos. Indica la ruta real o sustituye {link} por una carpeta normal.",
  },
});
