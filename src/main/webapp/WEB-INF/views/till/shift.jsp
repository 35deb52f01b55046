<fmt:message key="shift.title" var="title"/>
<t:layout title="${title}" active="shift">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/kasir/riwayat'/>"><fmt:message key="ownSales.title"/></a></div>
</div>
<c:if test="${not empty errors}">
    <fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}" var="errorText"><fmt:param value="${errors['argument']}"/></fmt:message>
    <div class="alert alert-error" role="alert" id="shift-error"><c:out value="${errorText}"/></div>
</c:if>
<c:choose>
<c:when test="${empty report}">
    <form class="card form" method="post" action="<c:url value='/kasir/shift/buka'/>" id="open-shift">
        <t:csrf/><input type="hidden" name="key" value="<c:out value='${formKey}'/>">
        <h2><fmt:message key="shift.open"/></h2>
        <t:field name="openingCash" label="shift.openingCash" hint="product.price.hint">
            <input id="f-openingCash" name="openingCash" class="num" inputmode="numeric" maxlength="15" autofocus value="<c:out value='${param.openingCash}'/>">
        </t:field>
        <button type="submit" class="btn btn-primary"><fmt:message key="shift.open"/></button>
    </form>
</c:when>
<c:otherwise>
    <c:set var="r" value="${report}"/>
    <div class="cards">
        <div class="card stat"><span class="stat-value money"><c:out value="${cermin:rupiah(r.shift().openingCash)}"/></span><span class="stat-label"><fmt:message key="shift.openingCash"/></span></div>
        <div class="card stat"><span class="stat-value money"><c:out value="${cermin:rupiah(r.salesTotal())}"/></span><span class="stat-label"><fmt:message key="shift.sales"><fmt:param value="${r.salesCount()}"/></fmt:message></span></div>
        <div class="card stat"><span class="stat-value money" id="expected-cash"><c:out value="${cermin:rupiah(r.expectedCash())}"/></span><span class="stat-label"><fmt:message key="shift.expected"/></span></div>
    </div>
    <p class="muted"><fmt:message key="shift.openedAt"/> <c:out value="${cermin:dateTime(r.shift().openedAt)}"/> ·
        <a href="<c:url value='/kasir/shift/laporan'><c:param name='id' value='${r.shift().id}'/></c:url>"><fmt:message key="shift.report"/></a></p>
    <div class="panels">
        <form class="card form" method="post" action="<c:url value='/kasir/shift/kas'/>" id="cash-move">
            <t:csrf/><input type="hidden" name="key" value="<c:out value='${formKey}'/>">
            <h2><fmt:message key="shift.cashMove"/></h2>
            <div class="field-row">
                <div class="field">
                    <label for="f-direction"><fmt:message key="shift.direction"/></label>
                    <select id="f-direction" name="direction">
                        <option value="OUT"><fmt:message key="shift.cash.OUT"/></option>
                        <option value="IN"><fmt:message key="shift.cash.IN"/></option>
                    </select>
                </div>
                <t:field name="amount" label="shift.amount">
                    <input id="f-amount" name="amount" class="num" inputmode="numeric" maxlength="15">
                </t:field>
            </div>
            <t:field name="reason" label="shift.reason" hint="shift.reason.hint">
                <input id="f-reason" name="reason" maxlength="255">
            </t:field>
            <button type="submit" class="btn"><fmt:message key="common.save"/></button>
        </form>
        <form class="card form" method="post" action="<c:url value='/kasir/shift/tutup'/>" id="close-shift">
            <t:csrf/><input type="hidden" name="id" value="<c:out value='${r.shift().id}'/>">
            <h2><fmt:message key="shift.close"/></h2>
            <t:field name="countedCash" label="shift.counted" hint="shift.counted.hint">
                <input id="f-countedCash" name="countedCash" class="num" inputmode="numeric" maxlength="15">
            </t:field>
            <t:field name="note" label="shift.note">
                <input id="f-note" name="note" maxlength="255">
            </t:field>
            <button type="submit" class="btn btn-primary"><fmt:message key="shift.close"/></button>
        </form>
    </div>
</c:otherwise>
</c:choose>
<h2 class="section-title"><fmt:message key="shift.mine"/></h2>
<%@ include file="shift-rows.jspf" %>
</t:layout>
