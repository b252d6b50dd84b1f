import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { BusinessSchedule, ScheduleInput } from '@tessera/directory';
import { OpeningInterval, WEEKDAYS, Weekday, minutesOf, timeOf } from '@tessera/sla';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export class OpeningHours {
  @ApiProperty({ example: '09:00', description: 'local time, HH:MM' })
  @Matches(TIME, { message: 'from must be a time of day, HH:MM' })
  from!: string;

  @ApiProperty({ example: '17:00', description: 'local time, HH:MM, after from; 24:00 is the end of the day' })
  @Matches(TIME, { message: 'to must be a time of day, HH:MM (24:00 for midnight)' })
  to!: string;
}

const Day = (name: Weekday) =>
  applyDecorators(
    ApiPropertyOptional({ type: [OpeningHours], description: `${name}: intervals in order, not overlapping; empty or left out: closed` }),
    OptionalNotNull(),
    IsArray(),
    ArrayMaxSize(12),
    ValidateNested({ each: true }),
    Type(() => OpeningHours),
  );

export class WeekHours {
  @Day('monday') monday?: OpeningHours[];
  @Day('tuesday') tuesday?: OpeningHours[];
  @Day('wednesday') wednesday?: OpeningHours[];
  @Day('thursday') thursday?: OpeningHours[];
  @Day('friday') friday?: OpeningHours[];
  @Day('saturday') saturday?: OpeningHours[];
  @Day('sunday') sunday?: OpeningHours[];
}

export class CreateScheduleRequest {
  @ApiProperty({ example: 'Office hours' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 'Europe/Madrid', description: 'an IANA time zone' })
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  @ApiProperty({ type: WeekHours })
  @ValidateNested()
  @Type(() => WeekHours)
  week!: WeekHours;

  @ApiPropertyOptional({ type: [String], example: ['2026-12-08', '--12-25'], description: "closed days: 'YYYY-MM-DD' once, '--MM-DD' every year" })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(400)
  @IsString({ each: true })
  @Length(7, 10, { each: true })
  holidays?: string[];
}

export class UpdateScheduleRequest extends PartialType(CreateScheduleRequest, { skipNullProperties: false }) {}

export class ScheduleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Office hours' }) name!: string;
  @ApiProperty({ example: 'Europe/Madrid' }) timeZone!: string;
  @ApiProperty({ type: WeekHours, description: 'every day, closed ones empty' }) week!: Required<WeekHours>;
  @ApiProperty({ type: [String], example: ['--12-25'] }) holidays!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static from(schedule: BusinessSchedule): ScheduleResponse {
    const week = Object.fromEntries(
      WEEKDAYS.map((name, index) => [name, (schedule.week[index] ?? []).map(({ start, end }) => ({ from: timeOf(start), to: timeOf(end) }))]),
    ) as Required<WeekHours>;
    const { id, name, timeZone, holidays, createdAt, updatedAt } = schedule;
    return { id, name, timeZone, week, holidays, createdAt, updatedAt };
  }
}

// The request's days as the schedule stores them: Monday first, minutes after midnight.
export function scheduleInput<T extends Partial<CreateScheduleRequest>>(body: T): Partial<ScheduleInput> {
  const { week, ...rest } = body;
  if (!week) return rest as Partial<ScheduleInput>;
  const minutes = (hours: OpeningHours): OpeningInterval => ({ start: minutesOf(hours.from), end: minutesOf(hours.to) });
  return { ...rest, week: WEEKDAYS.map((name) => (week[name] ?? []).map(minutes)) } as Partial<ScheduleInput>;
}
