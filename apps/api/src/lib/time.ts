const vietnamTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** dd/mm/yyyy HH:mm in Vietnam time, as organizers write deadlines. */
export function formatVietnamTime(date: Date): string {
  return vietnamTime.format(date).replace(',', '');
}
