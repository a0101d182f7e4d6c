import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Brazilian Portuguese texts of the callback widget and dialog (`pt-BR`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_PT_BR)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_PT_BR: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'pt-BR',
  title: 'Solicitar retorno de ligação',
  firstName: 'Nome',
  lastName: 'Sobrenome',
  phoneNumber: 'Número de telefone',
  required: '(obrigatório)',
  country: 'Código do país',
  countryOther: 'Outro: digite + e o código do país',
  notes: 'Observações',
  charactersLeft: (count: number) =>
    pluralize('pt-BR', count, { one: 'Resta # caractere', other: 'Restam # caracteres' }),
  when: 'Quando podemos ligar para você?',
  asSoonAsPossible: 'O quanto antes',
  pickDateTime: 'Escolher data e horário',
  asapClosed:
    'Estamos fechados agora, por isso não podemos ligar imediatamente. Escolha um horário.',
  day: 'Dia',
  times: 'Horários disponíveis',
  loadingTimes: 'Carregando horários disponíveis…',
  noTimes: 'Não há horários disponíveis neste dia. Escolha outro dia.',
  timesError: 'Não foi possível carregar os horários disponíveis.',
  retry: 'Tentar novamente',
  timesAnnounced: (count: number, day: string) =>
    pluralize('pt-BR', count, {
      one: `# horário disponível em ${day}.`,
      other: `# horários disponíveis em ${day}.`,
    }),
  selectedTime: (time: string) => `Selecionado: ${time}`,
  selectionCleared: 'O horário que você escolheu em outro dia foi removido.',
  submit: 'Solicitar retorno',
  submitting: 'Enviando…',
  phoneRequired: 'Informe seu número de telefone.',
  phoneInvalid: 'Informe um número de telefone válido.',
  tooLong: 'Use no máximo 100 caracteres.',
  selectTime: 'Escolha um dia e um horário.',
  officeClosed: 'Não estamos atendendo nesse horário. Escolha outro horário.',
  proposals: 'Esse horário não está mais disponível. Você pode escolher um destes horários:',
  slotTaken: 'Esse horário não está mais disponível. Escolha outro horário.',
  proposedTimes: 'Horários sugeridos',
  rateLimited: 'Estamos recebendo muitas solicitações. Tente novamente em alguns minutos.',
  timeout:
    'Não foi possível confirmar seu retorno. Ele pode ter sido agendado: verifique antes de tentar novamente.',
  network:
    'Não foi possível acessar o serviço de retorno. Verifique sua conexão e tente novamente.',
  generalError: 'Algo deu errado. Tente novamente.',
  supportReference: (id: string) => `Referência para o suporte: ${id}`,
  booked: 'Seu retorno está agendado!',
  bookedAnnounced: (time: string) => `Seu retorno está agendado: ${time}.`,
  bookedNumber: 'Vamos ligar para',
  bookedTime: 'Horário',
  bookedAsap: 'O quanto antes',
  bookedId: 'Referência do retorno',
  cancelBooking: 'Cancelar este retorno',
  cancelling: 'Cancelando…',
  cancelled: 'Seu retorno foi cancelado.',
  cancelError: 'Não foi possível cancelar seu retorno. Tente novamente.',
  queuePosition: 'Sua posição na fila',
  estimatedWait: 'Espera estimada',
  waitMinutes: (count: number) =>
    pluralize('pt-BR', count, { one: 'cerca de # minuto', other: 'cerca de # minutos' }),
  changeTime: 'Alterar horário',
  rescheduleSubmit: 'Mudar meu retorno',
  rescheduling: 'Mudando…',
  keepTime: 'Manter este horário',
  timeChanged: (time: string) => `Seu retorno foi mudado para ${time}.`,
  bookAnother: 'Agendar outro retorno',
  close: 'Fechar',
  confirmClose: 'Fechar o formulário de retorno?',
  confirmCloseDetail: 'O que você digitou fica guardado para quando voltar.',
  confirmCloseYes: 'Fechar',
  confirmCloseNo: 'Continuar editando',
});
