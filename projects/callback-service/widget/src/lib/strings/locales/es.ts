import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Spanish texts of the callback widget and dialog (`es`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_ES)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_ES: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'es',
  title: 'Solicitar una llamada',
  firstName: 'Nombre',
  lastName: 'Apellidos',
  phoneNumber: 'Número de teléfono',
  required: '(obligatorio)',
  country: 'Prefijo del país',
  countryOther: 'Otro: escriba + y el prefijo del país',
  notes: 'Comentarios',
  charactersLeft: (count: number) =>
    pluralize('es', count, { one: 'Queda # carácter', other: 'Quedan # caracteres' }),
  when: '¿Cuándo desea que le llamemos?',
  asSoonAsPossible: 'Lo antes posible',
  pickDateTime: 'Elegir fecha y hora',
  asapClosed:
    'Ahora mismo estamos cerrados y no podemos llamarle enseguida. Elija una hora, por favor.',
  day: 'Día',
  times: 'Horas disponibles',
  loadingTimes: 'Cargando las horas disponibles…',
  noTimes: 'No hay ninguna hora disponible este día. Elija otro día, por favor.',
  timesError: 'No hemos podido cargar las horas disponibles.',
  retry: 'Reintentar',
  timesAnnounced: (count: number, day: string) =>
    pluralize('es', count, {
      one: `# hora disponible el ${day}.`,
      other: `# horas disponibles el ${day}.`,
    }),
  selectedTime: (time: string) => `Seleccionada: ${time}`,
  selectionCleared: 'Se ha borrado la hora que había elegido en otro día.',
  submit: 'Solicitar llamada',
  submitting: 'Enviando…',
  phoneRequired: 'Introduzca su número de teléfono.',
  phoneInvalid: 'Introduzca un número de teléfono válido.',
  tooLong: 'Escriba 100 caracteres como máximo.',
  selectTime: 'Elija un día y una hora.',
  officeClosed: 'A esa hora estamos cerrados. Elija otra hora, por favor.',
  proposals: 'Esa hora ya no está disponible. Puede elegir una de estas horas:',
  slotTaken: 'Esa hora ya no está disponible. Elija otra, por favor.',
  proposedTimes: 'Horas propuestas',
  rateLimited:
    'Estamos recibiendo demasiadas solicitudes. Vuelva a intentarlo dentro de unos minutos.',
  timeout:
    'No hemos podido confirmar su llamada. Es posible que ya esté reservada: compruébelo antes de volver a intentarlo.',
  network:
    'No hemos podido conectar con el servicio de llamadas. Compruebe su conexión y vuelva a intentarlo.',
  generalError: 'Se ha producido un error. Vuelva a intentarlo.',
  supportReference: (id: string) => `Referencia para el servicio de asistencia: ${id}`,
  booked: '¡Su llamada está reservada!',
  bookedAnnounced: (time: string) => `Su llamada está reservada: ${time}.`,
  bookedNumber: 'Le llamaremos al',
  bookedTime: 'Hora',
  bookedAsap: 'Lo antes posible',
  bookedId: 'Referencia de la llamada',
  cancelBooking: 'Cancelar esta llamada',
  cancelling: 'Cancelando…',
  cancelled: 'Su llamada se ha cancelado.',
  cancelError: 'No hemos podido cancelar su llamada. Vuelva a intentarlo.',
  queuePosition: 'Su posición en la cola',
  estimatedWait: 'Espera estimada',
  waitMinutes: (count: number) =>
    pluralize('es', count, { one: 'alrededor de # minuto', other: 'alrededor de # minutos' }),
  changeTime: 'Cambiar la hora',
  rescheduleSubmit: 'Cambiar mi llamada',
  rescheduling: 'Cambiando…',
  keepTime: 'Mantener esta hora',
  timeChanged: (time: string) => `Su llamada se ha cambiado a: ${time}.`,
  bookAnother: 'Solicitar otra llamada',
  close: 'Cerrar',
  confirmClose: '¿Cerrar el formulario de llamada?',
  confirmCloseDetail: 'Lo que ha escrito se conservará para cuando vuelva.',
  confirmCloseYes: 'Cerrar',
  confirmCloseNo: 'Seguir editando',
});
